import type { ActorRecord, RoleRecord } from "../../model/records.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt, stringValue } from "../command.js";
import { out, table } from "../format.js";

function profile(a: ActorRecord, counts: { as_actor: number; as_recipient: number }): string {
  const lines = [
    `${a.name}  [${a.actor_id}]  ${a.kind}${a.country ? `, ${a.country}` : ""}`,
    `mentions: ${a.mention_count}; events: ${counts.as_actor} as actor, ${counts.as_recipient} as recipient`,
    `aliases: ${a.aliases.join(", ")}`,
    "roles:",
  ];
  // Roles in time order: a knowledge-base role by its start, a role read from text by its first article's date.
  const seen = (r: RoleRecord) => r.start ?? r.evidence.map((e) => e.date ?? "").sort()[0] ?? "";
  const sorted = [...a.roles].sort((x, y) => seen(x).localeCompare(seen(y)));
  for (const r of sorted) {
    const dates = [...new Set(r.evidence.map((e) => e.date ?? "undated"))].sort();
    const tenses = new Set(r.evidence.map((e) => e.tense ?? "current"));
    const held = tenses.has("future")
      ? "to come"
      : tenses.has("former")
        ? "formerly"
        : r.start
          ? `since ${r.start}`
          : "held";
    const span =
      r.basis === "kb" ? `${r.start ?? "?"} – ${r.end ?? "now"}` : `${held}, stated in articles of ${dates.join(", ")}`;
    const evidence =
      r.evidence.length > 0
        ? `, ${r.evidence.length} evidence span(s) in ${[...new Set(r.evidence.map((e) => e.doc_id))].join(" ")}`
        : "";
    lines.push(`  ${r.title}${r.country ? ` (${r.country})` : ""}  ${span}  [${r.basis}${evidence}]`);
  }
  return lines.join("\n");
}

export const actorsCommand: Command = {
  name: "actors",
  summary: "list actors, or show one actor's profile",
  usage: "annals actors [name|id] [--format jsonl|table] [--limit n] [--db <path>]",
  help: [DB_HELP, "--format jsonl|table  (default table)", "--limit <n>           at most n actors"],
  options: { ...DB_OPTION, format: { type: "string" }, limit: { type: "string" } },
  allowPositionals: true,
  async run(values, positionals) {
    const format = choice(values, "format", ["jsonl", "table"] as const, "table");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      const name = positionals.join(" ").trim();
      if (name) {
        const actor = await store.findActor(name);
        if (!actor) {
          process.stderr.write(`no actor named "${name}"\n`);
          return 1;
        }
        const counts = await store.actorEventCounts(actor.actor_id);
        out(format === "jsonl" ? JSON.stringify({ ...actor, event_counts: counts }) : profile(actor, counts));
        return 0;
      }
      const limit = positiveInt(values, "limit");
      const actors = await store.listActors(limit ? { limit } : {});
      if (format === "jsonl") for (const a of actors) out(JSON.stringify(a));
      else
        out(
          table(
            ["actor_id", "name", "kind", "country", "mentions", "aliases"],
            actors.map((a) => [
              a.actor_id,
              a.name,
              a.kind,
              a.country ?? "",
              String(a.mention_count),
              a.aliases.join(", "),
            ]),
            50,
          ),
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
