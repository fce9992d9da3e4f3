/** A language as reported: the code stored in the `language` layer, its ISO 639-3 code and its English name. */
export interface Language {
  /** ISO 639-1 when the language has one (`fr`), else ISO 639-3 (`ceb`); `und` when unidentified. */
  code: string;
  iso3: string;
  name: string;
}

// Every language franc-min knows (ISO 639-3 → 639-1, name), plus three scripts it lacks (Hebrew,
// Georgian, Armenian). A member of a macrolanguage takes the macrolanguage's 639-1 code (cmn → zh).
// biome-ignore format: one language per row reads as a table
const ROWS: [iso3: string, iso1: string, name: string][] = [
  ["eng", "en", "English"], ["fra", "fr", "French"], ["deu", "de", "German"], ["spa", "es", "Spanish"],
  ["por", "pt", "Portuguese"], ["ita", "it", "Italian"], ["nld", "nl", "Dutch"], ["pol", "pl", "Polish"],
  ["ron", "ro", "Romanian"], ["hun", "hu", "Hungarian"], ["ces", "cs", "Czech"], ["swe", "sv", "Swedish"],
  ["tur", "tr", "Turkish"], ["azj", "az", "Azerbaijani"], ["uzn", "uz", "Uzbek"], ["bos", "bs", "Bosnian"],
  ["hrv", "hr", "Croatian"], ["srp", "sr", "Serbian"], ["rus", "ru", "Russian"], ["ukr", "uk", "Ukrainian"],
  ["bel", "be", "Belarusian"], ["bul", "bg", "Bulgarian"], ["kaz", "kk", "Kazakh"], ["koi", "kv", "Komi-Permyak"],
  ["ell", "el", "Greek"], ["arb", "ar", "Arabic"], ["pes", "fa", "Persian"], ["urd", "ur", "Urdu"],
  ["pbu", "ps", "Pashto"], ["skr", "skr", "Saraiki"], ["ckb", "ku", "Kurdish (Sorani)"], ["heb", "he", "Hebrew"],
  ["kat", "ka", "Georgian"], ["hye", "hy", "Armenian"], ["hin", "hi", "Hindi"], ["mar", "mr", "Marathi"],
  ["mai", "mai", "Maithili"], ["bho", "bho", "Bhojpuri"], ["mag", "mag", "Magahi"], ["npi", "ne", "Nepali"],
  ["ben", "bn", "Bengali"], ["pan", "pa", "Punjabi"], ["guj", "gu", "Gujarati"], ["tel", "te", "Telugu"],
  ["tam", "ta", "Tamil"], ["kan", "kn", "Kannada"], ["mal", "ml", "Malayalam"], ["sin", "si", "Sinhala"],
  ["cmn", "zh", "Chinese"], ["jpn", "ja", "Japanese"], ["kor", "ko", "Korean"], ["mya", "my", "Burmese"],
  ["tha", "th", "Thai"], ["vie", "vi", "Vietnamese"], ["ind", "id", "Indonesian"], ["zlm", "ms", "Malay"],
  ["jav", "jv", "Javanese"], ["sun", "su", "Sundanese"], ["mad", "mad", "Madurese"], ["tgl", "tl", "Tagalog"],
  ["ceb", "ceb", "Cebuano"], ["ilo", "ilo", "Ilocano"], ["zyb", "za", "Zhuang"], ["hms", "hms", "Qiandong Miao"],
  ["hnj", "hnj", "Hmong Njua"], ["amh", "am", "Amharic"], ["som", "so", "Somali"], ["swh", "sw", "Swahili"],
  ["hau", "ha", "Hausa"], ["yor", "yo", "Yoruba"], ["ibo", "ig", "Igbo"], ["fuv", "ff", "Fulfulde"],
  ["zul", "zu", "Zulu"], ["nya", "ny", "Chichewa"], ["kin", "rw", "Kinyarwanda"], ["run", "rn", "Kirundi"],
  ["lin", "ln", "Lingala"], ["plt", "mg", "Malagasy"], ["qug", "qu", "Quechua"],
];

const BY_ISO3 = new Map(ROWS.map(([iso3, code, name]) => [iso3, { code, iso3, name }]));

export const ENGLISH: Language = { code: "en", iso3: "eng", name: "English" };
export const UNDETERMINED: Language = { code: "und", iso3: "und", name: "an unidentified language" };

/**
 * The language behind an ISO 639-3 code as franc returns it; unknown codes stay as they are.
 *
 * @example languageOf("fra") // { code: "fr", iso3: "fra", name: "French" }
 */
export function languageOf(iso3: string): Language {
  if (iso3 === "und") return UNDETERMINED;
  return BY_ISO3.get(iso3) ?? { code: iso3, iso3, name: iso3 };
}
