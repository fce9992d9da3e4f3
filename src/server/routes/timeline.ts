import { buildTimeline } from "../../corpus/timeline.js";
import type { EventRecord } from "../../model/records.js";
import type { TimelineResponse } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { collectEvents, eventQueryFrom } from "../event-query.js";
import { flag, integer } from "../query.js";
import { ok, type Route } from "../router.js";

/** Events read for one timeline, by default and at most. */
const DEFAULT_EVENTS = 5000;
const MAX_EVENTS = 100_000;

/**
 * `GET /api/timeline`: the events filters, `limit` on the events read (in date order), and `all=1`
 * for planned, hypothetical and negated events too (as `annals timeline --all`); a `status` filter
 * implies `all`. The cited events come along by id, so the UI needs no second request.
 */
export function timelineRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/timeline",
      async handle({ url }) {
        const query = eventQueryFrom(url.searchParams);
        const limit = integer(url.searchParams, "limit", DEFAULT_EVENTS, 1, MAX_EVENTS);
        const all = flag(url.searchParams, "all") || query.statuses.length > 0;
        const events = await collectEvents(store, query, limit);
        const timeline = buildTimeline(events, { includeAllStatuses: all });
        const cited = new Set(timeline.entries.flatMap((e) => e.event_ids));
        const byId: Record<string, EventRecord> = {};
        for (const e of events) if (cited.has(e.id)) byId[e.id] = e;
        const body: TimelineResponse = { ...timeline, events: byId };
        return ok(body);
      },
    },
  ];
}
