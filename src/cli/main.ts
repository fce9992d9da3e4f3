#!/usr/bin/env node
import { parseArgs } from "node:util";
import { type Command, UsageError } from "./command.js";
import { actorsCommand } from "./commands/actors.js";
import { analyzeCommand } from "./commands/analyze.js";
import { dateUndatedCommand } from "./commands/date-undated.js";
import { docsCommand } from "./commands/docs.js";
import { eventsCommand } from "./commands/events.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { kbCommand } from "./commands/kb.js";
import { queueCommand } from "./commands/queue.js";
import { relationsCommand } from "./commands/relations.js";
import { searchCommand } from "./commands/search.js";
import { serveCommand } from "./commands/serve.js";
import { timelineCommand } from "./commands/timeline.js";
import { workerCommand } from "./commands/worker.js";

const COMMANDS: Command[] = [
  ingestCommand,
  analyzeCommand,
  docsCommand,
  eventsCommand,
  exportCommand,
  actorsCommand,
  timelineCommand,
  relationsCommand,
  searchCommand,
  serveCommand,
  kbCommand,
  dateUndatedCommand,
  workerCommand,
  queueCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "annals — event data from news about international relations",
    "",
    "usage: annals <command> [options]     (annals <command> --help for its options)",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Every command that reads or writes a store takes --db <path> (default ./annals.db).",
    "Exit status: 0 success, 1 usage error, 2 some inputs were rejected.",
  ].join("\n");
}

function commandHelp(c: Command): string {
  return [
    `annals ${c.name} — ${c.summary}`,
    "",
    `usage: ${c.usage}`,
    "",
    ...c.help.map((h) => `  ${h}`),
    "  --help               this help",
    "  --debug              show stack traces of internal errors",
  ].join("\n");
}

/** Runs the CLI and returns its exit status; errors are one line on stderr unless --debug. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${mainHelp()}\n`);
    return name ? 0 : 1;
  }
  if (name === "--version") {
    process.stdout.write("annals 0.1.0\n");
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`annals: unknown command "${name}" (try annals --help)\n`);
    return 1;
  }
  const debug = rest.includes("--debug");
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" }, debug: { type: "boolean" } },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    return await command.run(values, positionals);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`annals ${name}: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(debug ? `${e.stack ?? e.message}\n` : `annals ${name}: ${e.message}\n`);
    return 1;
  }
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`annals: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
