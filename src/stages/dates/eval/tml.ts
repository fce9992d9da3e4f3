/**
 * Reads a TempEval-3 `.tml` document: the creation date (DCT) and the `<TEXT>` body as plain text,
 * its TIMEX3 tags turned into stand-off spans over that plain text.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDocument {
  id: string;
  /** `YYYY-MM-DD`, or null when the DCT is missing. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const TOKEN = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(#?\w+);/g;

function attribute(attrs: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? "";
}

function entity(name: string): string {
  if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? `&${name};`;
}

/** Strips the markup of `body`, keeping TIMEX3 spans as offsets into the plain text. */
export function stripTimeml(body: string): { text: string; timexes: GoldTimex[] } {
  let text = "";
  let last = 0;
  const open: Array<{ start: number; type: string; value: string }> = [];
  const timexes: GoldTimex[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4] !== undefined) {
      text += entity(m[4]);
      continue;
    }
    if (m[2] !== "TIMEX3") continue;
    const attrs = m[3] ?? "";
    if (m[1] === "") {
      // an empty `<TIMEX3 … />` marks nothing in the text
      if (!attrs.trimEnd().endsWith("/")) {
        open.push({ start: text.length, type: attribute(attrs, "type"), value: attribute(attrs, "value") });
      }
      continue;
    }
    const tag = open.pop();
    if (tag) timexes.push({ ...tag, end: text.length, text: text.slice(tag.start, text.length) });
  }
  text += body.slice(last);
  return { text, timexes };
}

export function parseTml(id: string, source: string): TmlDocument {
  const dctTag = /<DCT>([\s\S]*?)<\/DCT>/.exec(source)?.[1] ?? "";
  const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(dctTag)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)?.[1] ?? "";
  return { id, dct, ...stripTimeml(body) };
}
