import { stat } from "node:fs/promises";
import { type ImportSummary, importPetrarchFile } from "../../actors/import/import-file.js";
import { describeSkip } from "../../actors/import/types.js";
import { openStore } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import {
  type Command,
  choice,
  DB_HELP,
  DB_OPTION,
  positiveInt,
  stringValue,
  UsageError,
  type Values,
} from "../command.js";
import { out, table } from "../format.js";

const n = (x: number) => x.toLocaleString("en-US");
const count = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

/**
 * The one-line summary of an import:
 * `imported 18,327 actors (7,537 spelling variants, 26,065 dated roles) and 0 agents from Phoenix.Countries.actors.txt in 1.2 s; 12 lines skipped`
 */
export function importLine(summaries: readonly ImportSummary[], seconds: number): string {
  const sum = (k: "actors" | "variants" | "datedRoles" | "agents" | "left") => summaries.reduce((t, s) => t + s[k], 0);
  const skipped = summaries.reduce((t, s) => t + s.skipped.length, 0);
  const left = sum("left");
  return [
    `imported ${count(sum("actors"), "actor", "actors")} (${count(sum("variants"), "spelling variant", "spelling variants")}, `,
    `${count(sum("datedRoles"), "dated role", "dated roles")}) and ${count(sum("agents"), "agent", "agents")}`,
    ` from ${summaries.map((s) => s.file).join(", ")} in ${seconds.toFixed(1)} s; ${count(skipped, "line", "lines")} skipped`,
    left > 0 ? `, ${count(left, "entry names", "entries name")} no actor (null code or office)` : "",
  ].join("");
}

async function importFiles(store: Store, files: string[]): Promise<number> {
  const started = performance.now();
  const summaries: ImportSummary[] = [];
  let rejected = 0;
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      process.stderr.write(`rejected ${file}: ${info ? "not a file" : "no such file"}\n`);
      rejected++;
      continue;
    }
    const summary = await importPetrarchFile(store, file);
    for (const s of summary.skipped) process.stderr.write(`${describeSkip(s)}\n`);
    summaries.push(summary);
  }
  if (summaries.length > 0) out(importLine(summaries, (performance.now() - started) / 1000));
  return rejected > 0 || summaries.some((s) => s.skipped.length > 0) ? 2 : 0;
}

async function listImports(store: Store, values: Values): Promise<number> {
  const format = choice(values, "format", ["table", "jsonl"] as const, "table");
  const source = stringValue(values, "source");
  if (source) {
    const limit = positiveInt(values, "limit");
    const actors = (await store.listKbActors({ source: source.includes(":") ? source : `petrarch:${source}` })).slice(
      0,
      limit,
    );
    if (format === "jsonl") for (const a of actors) out(JSON.stringify(a));
    else {
      const rows = actors.map((a) => [
        a.actor_id,
        a.name,
        a.kind,
        a.country ?? "",
        a.sector ?? "",
        String(a.roles.length),
        a.aliases.join(", "),
      ]);
      out(table(["actor_id", "name", "kind", "country", "sector", "roles", "aliases"], rows, 50));
    }
    return 0;
  }
  const counts = new Map<string, { actors: number; agents: number }>();
  const of = (s: string) => counts.get(s) ?? counts.set(s, { actors: 0, agents: 0 }).get(s) ?? { actors: 0, agents: 0 };
  for (const a of await store.listKbActors()) of(a.source).actors++;
  for (const a of await store.listKbAgents()) of(a.source).agents++;
  const rows = [...counts].map(([s, c]) => ({ source: s, actors: c.actors, agents: c.agents }));
  if (format === "jsonl") for (const r of rows) out(JSON.stringify(r));
  else
    out(
      table(
        ["source", "actors", "agents"],
        rows.map((r) => [r.source, n(r.actors), n(r.agents)]),
      ),
    );
  return 0;
}

export const kbCommand: Command = {
  name: "kb",
  summary: "import PETRARCH/TABARI actor and agent dictionaries into the knowledge base, or list imports",
  usage:
    "annals kb import --format petrarch <file>... [--db <path>]  |  annals kb list [--source <file>] [--db <path>]",
  help: [
    DB_HELP,
    "import <file>...       add dictionaries (actors or agents, told apart by their codes); a file imported",
    "                       again replaces what it gave before. Skipped lines are named on stderr (exit 2)",
    "--format petrarch      the dictionary format (TABARI/PETRARCH .actors/.agents), the only one so far",
    "list                   imported sources and their counts; with --source, that source's actors",
    "--source <file>        one source (its file name, or petrarch:<file name>)",
    "--format table|jsonl   for list (default table)",
    "--limit <n>            at most n actors (list --source)",
  ],
  options: { ...DB_OPTION, format: { type: "string" }, source: { type: "string" }, limit: { type: "string" } },
  allowPositionals: true,
  async run(values, positionals) {
    const [sub, ...files] = positionals;
    if (sub !== "import" && sub !== "list") throw new UsageError('kb needs "import" or "list" (try annals kb --help)');
    if (sub === "import") {
      choice(values, "format", ["petrarch"] as const, "petrarch");
      if (files.length === 0) throw new UsageError("kb import needs at least one dictionary file");
    } else if (files.length > 0) throw new UsageError(`kb list takes no files (got "${files[0]}")`);
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      return sub === "import" ? await importFiles(store, files) : await listImports(store, values);
    } finally {
      await store.close();
    }
  },
};
