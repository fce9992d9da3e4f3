/**
 * Page furniture: lines a reader skips and an event coder must never code.
 * `Read more:`, `Related:`, captions like `(Cover: … /CMG)`, `Search Trends`, share and sign-up prompts.
 */
const FURNITURE_LINE =
  /^\s*(?:read more|related(?: articles| stories| coverage)?|see also|more on this|search trends|advertisement|sponsored|subscribe|sign up|share this|follow us|click here|watch|listen|photo|photograph|image|caption|cover|file photo|source)\b\s*[:|-]?/i;

const CAPTION_LINE = /^\s*\((?:cover|photo|file|image|pictured|caption)\b[^)]*\)\s*$/i;

/** True when a whole line is navigation, a caption or a prompt rather than article prose. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  if (CAPTION_LINE.test(text)) return true;
  if (FURNITURE_LINE.test(text)) return !/[.!?]["”’]?$/.test(text) || text.length < 40;
  return false;
}

/** A link title: a short line with no closing punctuation, as listed after `Read more:`. */
export function isLinkTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.split(/\s+/).length <= 16 && !/[.!?:;]["”’)]?$/.test(text);
}

/** An all-caps subheading (`EMPHASIS ON THE TAIWAN ISSUE`): it restates the prose below it. */
export function isShoutedHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && line.length < 160;
}
