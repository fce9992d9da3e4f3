import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { identifyLanguage } from "./detect.js";
import { ENGLISH_PARAGRAPHS } from "./english-paragraphs.fixture.js";
import { FOREIGN } from "./foreign-paragraphs.fixture.js";

const english = (kind: string, nth = 0) => ENGLISH_PARAGRAPHS.filter(([k]) => k === kind)[nth]?.[1] ?? "";
const foreign = (code: string, nth = 0) => FOREIGN.filter(([c]) => c === code)[nth]?.[1] ?? "";

type Row = [behaviour: string, text: string, code: string, basis: string];

// biome-ignore format: one case per line reads as a table
const RULES: Record<string, Row[]> = {
  "mostly another script: not English, however short": [
    ["a Russian headline", "Лавров прибыл в Пекин на переговоры", "uk", "script"],
    ["a Chinese headline", "王毅在北京会见美国国务卿布林肯", "zh", "script"],
    ["a Hebrew sentence, a script franc-min lacks", "ראש הממשלה נפגש היום בירושלים עם שר החוץ האמריקאי", "he", "script"],
    ["not: English with a Chinese name in brackets", english("script"), "en", "english-words"],
  ],
  "under 20 words: English, too short to tell": [
    ["a short French line", "Le ministre a rencontré son homologue à Pékin.", "en", "too-short"],
    ["a short German line", "Der Kanzler traf am Montag den Präsidenten in Paris.", "en", "too-short"],
    ["an empty text", "", "en", "too-short"],
    ["not: a French paragraph", foreign("fr"), "fr", "trigrams"],
  ],
  "English function words at 20 % or more: English without trigrams": [
    ["plain news", english("plain"), "en", "english-words"],
    ["plain news, second", english("plain", 1), "en", "english-words"],
    ["news quoting French", english("quote"), "en", "english-words"],
    ["not: Portuguese, rich in `a`", foreign("pt", 1), "pt", "trigrams"],
  ],
  "trigrams decide the rest": [
    ["German", foreign("de"), "de", "trigrams"],
    ["Polish", foreign("pl", 1), "pl", "trigrams"],
    ["an English list of names franc still ranks English", english("names", 3), "en", "trigrams"],
  ],
  "names: nearly as English as franc's pick, with some function words": [
    ["Indonesian names", "Seated at the head table in Jakarta: Sugiono, Sjafrie Sjamsoeddin, Budi Gunawan, Airlangga Hartarto, Sri Mulyani Indrawati, Bahlil Lahadalia, Pratikno, Anwar Ibrahim, Hun Manet and Prabowo Subianto.", "en", "names"],
    ["West African names", "Signatories, in order: Bola Tinubu, Nana Akufo-Addo, Bassirou Diomaye Faye, Alassane Ouattara, Faure Gnassingbe, Patrice Talon, Umaro Sissoco Embalo, Julius Maada Bio and Joseph Boakai, at the Abuja summit.", "en", "names"],
    ["ministers at a summit in Jakarta", english("names", 2), "en", "names"],
    ["not: Spanish, which franc rates far from English", foreign("es"), "es", "trigrams"],
  ],
};

describe("identifyLanguage", () => {
  for (const [rule, rows] of Object.entries(RULES)) {
    describe(rule, () => {
      for (const [behaviour, text, code, basis] of rows) {
        test(behaviour, () => {
          const guess = identifyLanguage(text);
          assert.deepEqual([guess.code, guess.basis], [code, basis]);
        });
      }
    });
  }

  test("only the first 2,000 characters are read", () => {
    assert.equal(identifyLanguage(`${english("plain").repeat(12)} ${foreign("fr").repeat(20)}`).code, "en");
    assert.equal(identifyLanguage(`${foreign("fr").repeat(12)} ${english("plain").repeat(20)}`).code, "fr");
  });

  test("a language gets its ISO 639-3 code and English name", () => {
    const { code, iso3, name } = identifyLanguage(foreign("ar"));
    assert.deepEqual({ code, iso3, name }, { code: "ar", iso3: "arb", name: "Arabic" });
  });
});
