/**
 * A user's full-text query for PostgreSQL. Everything but prefix terms goes to
 * `websearch_to_tsquery('english', …)`, which accepts any text (quotes make phrases, `or` an
 * alternative, `-word` an exclusion). A bare word ending in `*` (`blink*`, `-negotiat*`) is a prefix,
 * as in the SQLite store's FTS5. The stored vectors hold English stems, and a prefix may run past
 * its words' stem ("negotiations" is stored as `negoti`), so a prefix also matches, exactly, the
 * stems up to three letters shorter than it, down to four letters: `negotiat*` finds
 * "negotiations", `blink*` "Blinken".
 */
export const TS_QUERY = "(websearch_to_tsquery('english', @text_web) && to_tsquery('simple', @text_prefix))";

const PREFIX = /^(-?)([\p{L}\p{N}]+)\*$/u;

/** The two parameters of `TS_QUERY`: the websearch text and the prefix terms (a `simple` tsquery, possibly empty). */
export function textQueryParams(text: string): { text_web: string; text_prefix: string } {
  const web: string[] = [];
  const prefixes: string[] = [];
  let quoted = false;
  for (const word of text.trim().split(/\s+/)) {
    const m = quoted ? null : PREFIX.exec(word);
    if (m) prefixes.push(`${m[1] ? "!" : ""}(${prefixAlternatives((m[2] ?? "").toLowerCase())})`);
    else web.push(word);
    if ((word.match(/"/g)?.length ?? 0) % 2 === 1) quoted = !quoted;
  }
  return { text_web: web.join(" "), text_prefix: prefixes.join(" & ") };
}

function prefixAlternatives(word: string): string {
  const forms = [`'${word}':*`];
  for (let n = word.length - 1; n >= Math.max(4, word.length - 3); n--) forms.push(`'${word.slice(0, n)}'`);
  return forms.join(" | ");
}
