import { createActorParser } from "./actor-parser.js";
import { createAgentParser } from "./agent-parser.js";
import type { ActorEntry, AgentEntry, SkippedLine } from "./types.js";

/** Runs the actor parser over dictionary text written in a test; returns its entries and skipped lines. */
export function parseActors(text: string, file = "test.actors.txt"): { entries: ActorEntry[]; skipped: SkippedLine[] } {
  const entries: ActorEntry[] = [];
  const skipped: SkippedLine[] = [];
  const parser = createActorParser(file, { entry: (e) => entries.push(e), skip: (s) => skipped.push(s) });
  for (const line of text.split("\n")) parser.line(line);
  parser.end();
  return { entries, skipped };
}

/** Runs the agent parser over dictionary text written in a test. */
export function parseAgents(text: string, file = "test.agents.txt"): { entries: AgentEntry[]; skipped: SkippedLine[] } {
  const entries: AgentEntry[] = [];
  const skipped: SkippedLine[] = [];
  const parser = createAgentParser(file, { entry: (e) => entries.push(e), skip: (s) => skipped.push(s) });
  for (const line of text.split("\n")) parser.line(line);
  parser.end();
  return { entries, skipped };
}
