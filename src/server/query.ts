import { isPloverType } from "../ontology/plover.js";
import { HttpError } from "./http.js";

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Default and largest page size of every list. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

const bad = (name: string, what: string, got: string) => new HttpError(400, `${name} must be ${what} (got "${got}")`);

/** A query parameter, trimmed; undefined when absent or blank. */
export function text(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name)?.trim();
  return v ? v : undefined;
}

/** A required parameter: 400 naming it when absent. */
export function required(params: URLSearchParams, name: string): string {
  const v = text(params, name);
  if (v === undefined) throw new HttpError(400, `${name} is required`);
  return v;
}

/** A whole number in [min, max], or `fallback` when absent. */
export function integer(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const v = text(params, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw bad(name, "a whole number", v);
  const n = Number(v);
  if (n < min || n > max) throw bad(name, `between ${min} and ${max}`, v);
  return n;
}

/** `limit` (1…1000, default 50) and `offset` (default 0). */
export function paging(params: URLSearchParams, fallback = DEFAULT_LIMIT): { limit: number; offset: number } {
  return {
    limit: integer(params, "limit", fallback, 1, MAX_LIMIT),
    offset: integer(params, "offset", 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function partialDate(params: URLSearchParams, name: string): string | undefined {
  const v = text(params, name);
  if (v !== undefined && !PARTIAL_DATE.test(v)) throw bad(name, "a date YYYY, YYYY-MM or YYYY-MM-DD", v);
  return v;
}

/** One of `allowed`, or `fallback` when absent. */
export function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const v = text(params, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw bad(name, `one of ${allowed.join(", ")}`, v);
  return v as T;
}

/** Comma-separated values, also repeatable: `type=CONSULT,MEET&type=AID`. */
export function list(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** PLOVER event types, upper-cased; an unknown type is a 400 naming it. */
export function eventTypes(params: URLSearchParams): string[] {
  const types = list(params, "type").map((t) => t.toUpperCase());
  const unknown = types.find((t) => !isPloverType(t));
  if (unknown !== undefined) throw bad("type", "a PLOVER event type such as CONSULT", unknown);
  return types;
}

/** Values of a comma-separated parameter, each one of `allowed`. */
export function listOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = list(params, name);
  const unknown = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (unknown !== undefined) throw bad(name, `one or more of ${allowed.join(", ")}`, unknown);
  return values as T[];
}

/** A flag: `1`, `true` or empty (present) is on; `0` or `false` is off. */
export function flag(params: URLSearchParams, name: string): boolean {
  const v = params.get(name);
  if (v === null) return false;
  if (["", "1", "true"].includes(v)) return true;
  if (["0", "false"].includes(v)) return false;
  throw bad(name, "1 or 0", v);
}
