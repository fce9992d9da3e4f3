import type { Token } from "../../doc/layers.js";

/** Words before a trigger form that make it a noun: articles, possessives, `planned`, `state` (`a state visit`), `including`. */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "our",
  "'s",
  "’s",
  "this",
  "that",
  "planned",
  "official",
  "state",
  "return",
  "first",
  "recent",
  "upcoming",
  "farewell",
  // a preposition that only takes a noun phrase: "including attacks on shipping"
  "including",
]);

/** A form read as a noun: its row says so, or a determiner or possessive stands before it (`a visit`, `Blinken's visit`). */
export function isNominal(row: { pos: string }, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  return row.pos === "noun" || DETERMINERS.has(before) || /^['’]s$/.test(tokens[first - 2]?.lower ?? "");
}

/** `agreed to reopen`, `agreed that …`: one side commits itself; no second side is needed. */
export function bindsItself(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower;
  const after = tokens[last + 2]?.lower ?? "";
  return next === "that" || (next === "to" && !DETERMINERS.has(after) && !/^(?:a|an|the|meet|talks?)$/.test(after));
}
