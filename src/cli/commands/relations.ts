import { netCooperation } from "../../corpus/relations.js";
import { openStore } from "../../store/open.js";
import type { Period } from "../../store/store.js";
import { type Command, choice, DB_HELP, DB_OPTION, stringValue, UsageError } from "../command.js";
import { csvLine, out, sparkline, table } from "../format.js";

export const relationsCommand: Command = {
  name: "relations",
  summary: "cooperation and conflict between two actors over time",
  usage:
    "annals relations <A> <B> [--by day|week|month|year] [--format json|csv|table] [--from D] [--to D] [--all-statuses] [--db <path>]",
  help: [
    DB_HELP,
    "--by day|week|month|year  period (default month)",
    "--format json|csv|table   (default table)",
    "--from <date> --to <date>  range",
    "--all-statuses            also count planned, hypothetical and negated events (default: only those that happened)",
  ],
  options: {
    ...DB_OPTION,
    by: { type: "string" },
    format: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    "all-statuses": { type: "boolean" },
  },
  allowPositionals: true,
  async run(values, positionals) {
    const [a, b] = positionals;
    if (!a || !b || positionals.length !== 2)
      throw new UsageError("relations takes two actors, e.g. annals relations CHN USA");
    const by = choice(values, "by", ["day", "week", "month", "year"] as const, "month") as Period;
    const format = choice(values, "format", ["json", "csv", "table"] as const, "table");
    const range = {
      ...(stringValue(values, "from") ? { from: stringValue(values, "from") } : {}),
      ...(stringValue(values, "to") ? { to: stringValue(values, "to") } : {}),
      ...(values["all-statuses"] === true ? { allStatuses: true } : {}),
    };
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      const points = (await store.relations(a, b, by, range)).map((p) => ({
        ...p,
        net_cooperation: netCooperation(p),
      }));
      if (format === "json") out(JSON.stringify({ a, b, by, points }, null, 2));
      else if (format === "csv") {
        out(
          csvLine([
            "period",
            "verbal_cooperation",
            "material_cooperation",
            "verbal_conflict",
            "material_conflict",
            "total",
            "mean_score",
            "net_cooperation",
            "event_ids",
          ]),
        );
        for (const p of points)
          out(
            csvLine([
              p.period,
              p.verbal_cooperation,
              p.material_cooperation,
              p.verbal_conflict,
              p.material_conflict,
              p.total,
              p.mean_score,
              p.net_cooperation,
              p.event_ids.join(" "),
            ]),
          );
      } else {
        out(
          table(
            ["period", "v.coop", "m.coop", "v.confl", "m.confl", "total", "mean score", "net coop"],
            points.map((p) => [
              p.period,
              String(p.verbal_cooperation),
              String(p.material_cooperation),
              String(p.verbal_conflict),
              String(p.material_conflict),
              String(p.total),
              p.mean_score.toFixed(2),
              p.net_cooperation.toFixed(2),
            ]),
          ),
        );
        if (points.length > 0)
          out(
            `\nnet cooperation ${sparkline(points.map((p) => p.net_cooperation))}  (${points[0]?.period} … ${points[points.length - 1]?.period})`,
          );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
