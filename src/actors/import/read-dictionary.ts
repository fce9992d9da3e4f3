import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { createActorParser, type LineParser, type ParserSink } from "./actor-parser.js";
import { createAgentParser } from "./agent-parser.js";
import { createCommentStripper } from "./comments.js";
import type { ActorEntry, AgentEntry, SkippedLine } from "./types.js";

export type DictionaryKind = "actors" | "agents";

export type ReadDictionary =
  | { kind: "actors"; file: string; entries: ActorEntry[]; skipped: SkippedLine[] }
  | { kind: "agents"; file: string; entries: AgentEntry[]; skipped: SkippedLine[] };

/**
 * Which kind of dictionary a file starts like: agents carry a tilde in their codes (`[~GOV]`,
 * `[IGO~]`), actors never do; a file with no code in its sample is read as actors.
 *
 * @example sniffDictionaryKind("MINISTER_ [~GOV]") // "agents"
 */
export function sniffDictionaryKind(sample: string): DictionaryKind {
  const stripper = createCommentStripper();
  for (const line of sample.split(/\r?\n/)) {
    const code = /\[([^\]]*)\]/.exec(stripper.strip(line).text);
    if (code) return code[1]?.includes("~") ? "agents" : "actors";
  }
  return "actors";
}

async function sample(path: string, bytes = 64 * 1024): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Feeds every line of a UTF-8 file to a parser, streaming (the Phoenix country file is 1.5 MB). */
async function feed(path: string, parser: LineParser): Promise<void> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) parser.line(line);
  parser.end();
}

/**
 * Reads a PETRARCH/TABARI actor or agent dictionary (the kind is sniffed from its codes). Lines
 * that cannot be used are listed in `skipped`, never thrown; a missing or unreadable file throws.
 *
 * @example const read = await readDictionary("../shared/data/phoenix-dictionaries/Phoenix.agents.txt"); read.kind // "agents"
 */
export async function readDictionary(path: string): Promise<ReadDictionary> {
  const file = basename(path);
  const skipped: SkippedLine[] = [];
  if (sniffDictionaryKind(await sample(path)) === "agents") {
    const entries: AgentEntry[] = [];
    await feed(path, createAgentParser(file, sinkInto(entries, skipped)));
    return { kind: "agents", file, entries, skipped };
  }
  const entries: ActorEntry[] = [];
  await feed(path, createActorParser(file, sinkInto(entries, skipped)));
  return { kind: "actors", file, entries, skipped };
}

function sinkInto<E>(entries: E[], skipped: SkippedLine[]): ParserSink<E> {
  return { entry: (e) => entries.push(e), skip: (s) => skipped.push(s) };
}
