import type { DocumentResponse, DocumentSummary, DocumentsPage } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { HttpError } from "../http.js";
import { pageOf } from "../page.js";
import { paging, text } from "../query.js";
import { ok, type Route } from "../router.js";

/** `GET /api/documents` (paged, `q` full-text) and `GET /api/documents/:id` (text, layers, events). */
export function documentRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/documents",
      async handle({ url }) {
        const { limit, offset } = paging(url.searchParams);
        const q = text(url.searchParams, "q");
        const rows = await store.listDocuments({ limit: limit + 1, offset, ...(q ? { text: q } : {}) });
        const items: DocumentSummary[] = rows.slice(0, limit).map(({ text: _body, ...summary }) => summary);
        const body: DocumentsPage = pageOf(items, limit, offset, rows.length > limit);
        return ok(body);
      },
    },
    {
      method: "GET",
      path: "/api/documents/:id",
      async handle({ params }) {
        const id = params.id ?? "";
        const document = await store.getDocument(id);
        if (!document) throw new HttpError(404, `no document with id "${id}"`);
        const [sentences, mentions, messages, events, inferred] = await Promise.all([
          store.getSentences(id),
          store.getMentions(id),
          store.getMessages(id),
          store.listEvents({ doc: id }),
          store.getInferredDate(id),
        ]);
        const body: DocumentResponse = { document, sentences, mentions, messages, events, inferred_date: inferred };
        return ok(body);
      },
    },
  ];
}
