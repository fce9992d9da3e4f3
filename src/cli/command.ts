import type { ParseArgsConfig } from "node:util";

/** An error in how the command was called: printed in one line, exit status 1. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Help lines for the options, shown by `--help`. */
  help: string[];
  options: Options;
  allowPositionals: boolean;
  run(values: Values, positionals: string[]): Promise<number>;
}

export const DB_OPTION: Options = { db: { type: "string", default: "./annals.db" } };
export const DB_HELP = "--db <path|url>      store: a SQLite file (default ./annals.db) or postgres:// URL";

export const FILTER_OPTIONS: Options = {
  actor: { type: "string" },
  dyad: { type: "string" },
  type: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  doc: { type: "string" },
  text: { type: "string" },
  limit: { type: "string" },
};

export const FILTER_HELP = [
  "--actor <name|id|ISO3>  events with this actor on either side",
  "--dyad <A,B>            events between A and B (either direction)",
  "--type <TYPE>           PLOVER event type (repeatable), e.g. CONSULT",
  "--from <date> --to <date>  date range, YYYY[-MM[-DD]]",
  "--doc <doc_id>          events with a mention in this document",
  "--text <query>          full-text query over the source articles",
  "--limit <n>             at most n rows",
];

export function stringValue(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** One of `allowed`, or a usage error naming the flag and the choices. */
export function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const v = stringValue(values, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${v}")`);
  }
  return v as T;
}

export function positiveInt(values: Values, name: string): number | undefined {
  const v = stringValue(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number (got "${v}")`);
  return Number(v);
}
