import type { ActorKind, ActorRecord, EventRecord } from "../../model/records.js";
import { normalizeName } from "../../store/ids.js";
import type { Store } from "../../store/store.js";
import type { ActorResponse, ActorsPage } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { HttpError } from "../http.js";
import { pageOf } from "../page.js";
import { oneOf, paging, text } from "../query.js";
import { ok, type Route } from "../router.js";
import { byDateDescending } from "../store-order.js";

const KINDS = ["person", "country", "organization", "group"] as const;
const KIND_ANY = "" as const;
const PROFILE_EVENTS = 50;
const BATCH = 500;

/** Every actor of a kind whose id, name or an alias holds `q` (accents and case ignored), in the store's order. */
async function matchingActors(store: Store, q: string, kind: ActorKind | undefined): Promise<ActorRecord[]> {
  const needle = normalizeName(q);
  const hits: ActorRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const batch = await store.listActors({ limit: BATCH, offset, ...(kind ? { kind } : {}) });
    for (const a of batch) {
      const names = [a.actor_id, a.name, ...a.aliases];
      if (names.some((n) => normalizeName(n).includes(needle))) hits.push(a);
    }
    if (batch.length < BATCH) return hits;
  }
}

/** `GET /api/actors` (paged, `q`, `kind`) and `GET /api/actors/:id` (by id, name or alias, as the CLI). */
export function actorRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/actors",
      async handle({ url }) {
        const { limit, offset } = paging(url.searchParams);
        const kindParam = oneOf(url.searchParams, "kind", [KIND_ANY, ...KINDS], KIND_ANY);
        const kind = kindParam === KIND_ANY ? undefined : kindParam;
        const q = text(url.searchParams, "q");
        let items: ActorRecord[];
        let more: boolean;
        if (q) {
          const all = await matchingActors(store, q, kind);
          items = all.slice(offset, offset + limit);
          more = all.length > offset + limit;
        } else {
          const rows = await store.listActors({ limit: limit + 1, offset, ...(kind ? { kind } : {}) });
          items = rows.slice(0, limit);
          more = rows.length > limit;
        }
        const body: ActorsPage = pageOf(items, limit, offset, more);
        return ok(body);
      },
    },
    {
      method: "GET",
      path: "/api/actors/:id",
      async handle({ params }) {
        const name = params.id ?? "";
        const actor = await store.findActor(name);
        if (!actor) throw new HttpError(404, `no actor with id, name or alias "${name}"`);
        const counts = await store.actorEventCounts(actor.actor_id);
        // The store's actor filter also matches a country code's nationals; the profile keeps the actor's own events.
        // One read of the actor's events: a query with an actor filter costs about as much as all its matches.
        const events: EventRecord[] = [];
        for await (const e of store.streamEvents({ actor: actor.actor_id })) {
          if ([...e.actors, ...e.recipients].some((p) => p.actor_id === actor.actor_id)) events.push(e);
        }
        events.sort(byDateDescending);
        const body: ActorResponse = { actor, counts, events: events.slice(0, PROFILE_EVENTS) };
        return ok(body);
      },
    },
  ];
}
