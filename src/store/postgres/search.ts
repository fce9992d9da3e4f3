import type { SearchHit } from "../store.js";
import { type Queryable, rows } from "./sql.js";
import { TS_QUERY, textQueryParams } from "./text-query.js";

// ts_headline options: about a dozen words around the best match, matched terms in [ ].
const HEADLINE = "StartSel=[, StopSel=], MinWords=8, MaxWords=14, ShortWord=2, MaxFragments=1";

/**
 * Full-text search over document titles and texts, best match first (`ts_rank`, title weighted
 * above text). Any text is a valid query (see text-query.ts: quotes, `or`, `-word`, `prefix*`;
 * stray syntax is ignored); a blank one finds nothing. A snippet cut from the middle is marked `…`.
 *
 * @example await search(pool, "phone call", 5) // [{ doc_id: "doc_…", title: "…", snippet: "… spoke by [phone] with …" }]
 */
export async function search(db: Queryable, query: string, limit: number): Promise<SearchHit[]> {
  if (query.trim() === "") return [];
  const hits = await rows<SearchHit & { text: string }>(
    db,
    `SELECT d.doc_id, d.title, d.text, ts_headline('english', d.text, t.q, @options) AS snippet
     FROM documents d, (SELECT ${TS_QUERY} AS q) t
     WHERE d.fts @@ t.q ORDER BY ts_rank(d.fts, t.q) DESC, d.doc_id LIMIT @limit`,
    { ...textQueryParams(query), limit, options: HEADLINE },
  );
  return hits.map(({ text, ...hit }) => ({ ...hit, snippet: markCuts(hit.snippet, text) }));
}

/** Adds `…` where the snippet starts after the text's start or ends before its end. */
function markCuts(snippet: string, text: string): string {
  const plain = snippet.replace(/[[\]]/g, "");
  const at = text.indexOf(plain);
  if (at < 0) return snippet;
  return `${at > 0 ? "…" : ""}${snippet}${at + plain.length < text.length ? "…" : ""}`;
}
