import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isPloverType, type PloverType } from "./plover.js";
import { DEFAULT_TRIGGER_DIR, TriggerDataError } from "./triggers.js";

/**
 * One line of `data/triggers/examples.jsonl`: an invented sentence and the event its trigger should
 * yield, or, with `type: null`, a sentence in which no trigger may fire ("the meeting room was full").
 */
export interface TriggerExample {
  readonly text: string;
  /** The row expected to fire; for a negative example, the row the sentence guards against (or null). */
  readonly trigger_id: string | null;
  readonly type: PloverType | null;
  /** Expected actor and recipient codes (ISO 3166 alpha-3 or PLOVER codes), null when none. */
  readonly actor: string | null;
  readonly recipient: string | null;
  /** Line number in the file, from 1. */
  readonly line: number;
}

/** Reads the examples file. @throws TriggerDataError naming the line when one is malformed. */
export function loadTriggerExamples(dir: string = DEFAULT_TRIGGER_DIR): TriggerExample[] {
  const file = "examples.jsonl";
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const examples: TriggerExample[] = [];
  lines.forEach((source, i) => {
    if (source.trim() === "") return;
    const fail = (reason: string): never => {
      throw new TriggerDataError(file, `line ${i + 1}`, reason);
    };
    let raw: Record<string, unknown> = {};
    try {
      raw = JSON.parse(source) as Record<string, unknown>;
    } catch {
      fail("not valid JSON");
    }
    const { text, trigger_id, type, actor = null, recipient = null } = raw;
    if (typeof text !== "string" || text.length === 0) fail(`"text" must be a non-empty string`);
    if (trigger_id !== null && typeof trigger_id !== "string") fail(`"trigger_id" must be a string or null`);
    if (type !== null && !isPloverType(type)) fail(`unknown type ${JSON.stringify(type)}`);
    if (type !== null && typeof trigger_id !== "string") fail("a positive example needs a trigger_id");
    for (const [name, value] of [
      ["actor", actor],
      ["recipient", recipient],
    ] as const) {
      if (value !== null && typeof value !== "string") fail(`"${name}" must be a string or null`);
    }
    examples.push({
      text: text as string,
      trigger_id: trigger_id as string | null,
      type: type as PloverType | null,
      actor: actor as string | null,
      recipient: recipient as string | null,
      line: i + 1,
    });
  });
  return examples;
}
