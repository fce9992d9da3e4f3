import type { EventResponse, EventsPage, EvidenceDocument } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { eventPage, eventQueryFrom, eventSortFrom } from "../event-query.js";
import { evidenceSpans } from "../evidence/spans.js";
import { HttpError } from "../http.js";
import { pageOf } from "../page.js";
import { paging } from "../query.js";
import { ok, type Route } from "../router.js";

/** `GET /api/events` (every CLI filter, status, sort, paging) and `GET /api/events/:id` (with evidence). */
export function eventRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/events",
      async handle({ url }) {
        const query = eventQueryFrom(url.searchParams);
        const sort = eventSortFrom(url.searchParams);
        const { limit, offset } = paging(url.searchParams);
        const { items, more } = await eventPage(store, query, sort, { limit, offset });
        const body: EventsPage = pageOf(items, limit, offset, more);
        return ok(body);
      },
    },
    {
      method: "GET",
      path: "/api/events/:id",
      async handle({ params }) {
        const id = params.id ?? "";
        const event = await store.getEvent(id);
        if (!event) throw new HttpError(404, `no event with id "${id}"`);
        const docIds = [...new Set(event.mentions.map((m) => m.doc_id))];
        const documents: EvidenceDocument[] = [];
        for (const docId of docIds) {
          const doc = await store.getDocument(docId);
          if (!doc) continue;
          const [sentences, mentions] = await Promise.all([store.getSentences(docId), store.getMentions(docId)]);
          documents.push({
            doc_id: doc.doc_id,
            title: doc.title,
            source: doc.source,
            url: doc.url,
            published_at: doc.published_at,
            text: doc.text,
            spans: evidenceSpans(event, doc, sentences, mentions),
          });
        }
        const body: EventResponse = { event, messages: await store.getEventMessages(id), documents };
        return ok(body);
      },
    },
  ];
}
