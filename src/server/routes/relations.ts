import { netCooperation } from "../../corpus/relations.js";
import type { Period } from "../../store/store.js";
import type { RelationsResponse } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { flag, oneOf, partialDate, required } from "../query.js";
import { ok, type Route } from "../router.js";

const PERIODS: readonly Period[] = ["day", "week", "month", "year"];

/**
 * `GET /api/relations?a&b&by&from&to&all_statuses`: cooperation and conflict between two sides per
 * period (`annals relations`), counting only events that happened unless `all_statuses=1`.
 */
export function relationsRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/relations",
      async handle({ url }) {
        const params = url.searchParams;
        const a = required(params, "a");
        const b = required(params, "b");
        const by = oneOf(params, "by", PERIODS, "month");
        const from = partialDate(params, "from");
        const to = partialDate(params, "to");
        const points = await store.relations(a, b, by, {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(flag(params, "all_statuses") ? { allStatuses: true } : {}),
        });
        const body: RelationsResponse = {
          a,
          b,
          by,
          points: points.map((p) => ({ ...p, net_cooperation: netCooperation(p) })),
        };
        return ok(body);
      },
    },
  ];
}
