import type { KnowledgeBase } from "../../actors/kb.js";
import type { SurfaceEntry } from "../../actors/kb-types.js";
import type { Token } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";
import { isUpperCased } from "../tokens/case.js";
import type { Candidate } from "./candidate.js";
import { misspeltCountry } from "./misspelt-country.js";

/** `BEIJING` → `Beijing`, so all-caps datelines and headings find the same names. */
function titleCase(word: string, keepShort: boolean): string {
  if (keepShort && word.length <= 3 && !/\./.test(word)) return word; // "US", "UN", "EU" stay as written
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** A shouted span read as written in prose: short words kept (`US`), then every word title-cased (`NEW DELHI`). */
function shoutedEntries(span: readonly Token[], kb: KnowledgeBase): SurfaceEntry[] | undefined {
  const key = (keepShort: boolean) => packed(span, (t) => titleCase(t.text, keepShort)).join(" ");
  return kb.surfaces.get(key(true)) ?? kb.surfaces.get(key(false));
}

/**
 * How many tokens from `i` on, inside its sentence, could still be the start of a surface, written as
 * is or shouted: no longer span can name anything, so the longest-match look-up starts there.
 */
function reach(tokens: readonly Token[], i: number, kb: KnowledgeBase): number {
  const first = tokens[i] as Token;
  const max = Math.min(kb.maxSurfaceTokens, tokens.length - i);
  let plain = "";
  let keptShort = "";
  let allCased = "";
  let plainOpen = true;
  let shoutOpen = true;
  let n = 0;
  while (n < max) {
    const t = tokens[i + n] as Token;
    if (t.sentence !== first.sentence) break;
    const space = n === 0 ? "" : " ";
    if (plainOpen) {
      plain += space + t.text;
      plainOpen = kb.surfacePrefixes.has(plain);
    }
    // the case test first: most capitalised words are not shouted, and their title-cased forms are not needed
    if (shoutOpen) shoutOpen = isUpperCased(t.text);
    if (shoutOpen) {
      keptShort += space + titleCase(t.text, true);
      allCased += space + titleCase(t.text, false);
      shoutOpen = kb.surfacePrefixes.has(keptShort) || kb.surfacePrefixes.has(allCased);
    }
    if (!plainOpen && !shoutOpen) break;
    n++;
  }
  return n;
}

/**
 * Longest-match look-up of knowledge-base names over the tokens: countries and their short forms,
 * demonyms (`Chinese` → NORP CHN), metonyms (`the Kremlin`), organisations, known people, places.
 */
export function findKnownNames(tokens: readonly Token[], kb: KnowledgeBase, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!first.upper && first.kind !== "number") continue;
    const before = found.length;
    for (let n = reach(tokens, i, kb); n >= 1; n--) {
      const last = tokens[i + n - 1] as Token;
      // reach stays inside the sentence, so every span it allows is one sentence's
      if (!(last.upper || last.kind === "number")) continue;
      let entries = kb.surfaces.get(joinTexts(tokens, i, n));
      if (!entries && allUpperCased(tokens, i, n)) entries = shoutedEntries(tokens.slice(i, i + n), kb);
      if (!entries || entries.length === 0) continue;
      const entry = pick(entries);
      if (!entry) continue;
      if (entry.via === "prefix" && tokens[i + n]?.text !== "-") continue; // "Sino-US", not "Sino"
      const actor = kb.get(entry.actorId);
      found.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: entry.via === "demonym" ? "NORP" : entry.type,
        actorId: actor?.kind === "place" ? null : entry.actorId,
        country: actor?.country ?? null,
        title: null,
        rule: `entities.kb.${entry.via}`,
        priority: entry.via === "name" || entry.via === "alias" ? 3 : 2,
      });
      i += n - 1;
      break;
    }
    if (found.length > before) continue;
    const led = ledBy(first, kb);
    if (led) {
      found.push(led);
      continue;
    }
    const slip = misspeltCountry(tokens, i, kb);
    if (slip) {
      found.push({
        start: first.start,
        end: first.end,
        text: first.text,
        type: slip.via === "demonym" ? "NORP" : "GPE",
        actorId: slip.actorId,
        country: slip.actorId,
        title: null,
        rule: "entities.kb.misspelt",
        priority: 1,
      });
    }
  }
  return found;
}

/** The texts of `n` tokens from `i`, joined by spaces: the written surface of that span. */
function joinTexts(tokens: readonly Token[], i: number, n: number): string {
  let key = (tokens[i] as Token).text;
  for (let k = 1; k < n; k++) key += ` ${(tokens[i + k] as Token).text}`;
  return key;
}

function allUpperCased(tokens: readonly Token[], i: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isUpperCased((tokens[i + k] as Token).text)) return false;
  return true;
}

/** A surface naming several actors (rare: `Georgia`) takes the first by priority: name, alias, then the rest. */
function pick(entries: SurfaceEntry[]): SurfaceEntry | undefined {
  const rank = (e: SurfaceEntry) => (e.via === "name" ? 0 : e.via === "alias" ? 1 : 2);
  return [...entries].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * `Vietnamese-led forces`, `a Saudi-led coalition`: the country that leads is named inside the
 * hyphenated word. (`US-backed fighters` are not the backer's own forces and stay unnamed.)
 */
function ledBy(token: Token, kb: KnowledgeBase): Candidate | null {
  const m = /^(\p{Lu}[\p{L}.]*)-led$/u.exec(token.text);
  if (!m) return null;
  const prefix = m[1] as string;
  const entry = pick(kb.surfaces.get(prefix) ?? []);
  const actor = entry && kb.get(entry.actorId);
  if (!entry || actor?.kind !== "country") return null;
  return {
    start: token.start,
    end: token.start + prefix.length,
    text: prefix,
    type: entry.via === "demonym" ? "NORP" : "GPE",
    actorId: entry.actorId,
    country: actor.country,
    title: null,
    rule: "entities.kb.led-by",
    priority: 2,
  };
}
