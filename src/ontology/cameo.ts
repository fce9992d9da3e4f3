import { MATERIAL_CONFLICT } from "./cameo-codes/material-conflict.js";
import { MATERIAL_COOPERATION } from "./cameo-codes/material-cooperation.js";
import { REJECTION_THREAT } from "./cameo-codes/rejection-threat.js";
import type { CameoRow } from "./cameo-codes/row.js";
import { VERBAL_CONFLICT } from "./cameo-codes/verbal-conflict.js";
import { VERBAL_COOPERATION } from "./cameo-codes/verbal-cooperation.js";
import { VIOLENCE } from "./cameo-codes/violence.js";
import { REPRESENTATIVE_CAMEO } from "./cameo-representative.js";
import type { PloverContext } from "./contexts.js";
import type { PloverType, QuadClass } from "./plover.js";
import type { PloverMode } from "./plover-modes.js";

/** A CAMEO event code with its Goldstein value and PLOVER equivalent. */
export interface CameoCode {
  /** Two, three or four digits, as a string: `"04"`, `"042"`, `"0841"`. */
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  /** The PLOVER type, or null for codes PLOVER drops (CAMEO 01 statements). */
  readonly type: PloverType | null;
  readonly mode: PloverMode | null;
  readonly context: readonly PloverContext[];
  /** `crosswalk`: as CAMEO2PLOVER-2021 says; `manual`: corrected by the PLOVER 2.0 manual; `annals`: added here. */
  readonly basis: "crosswalk" | "manual" | "annals";
  readonly note: string | null;
}

export interface PloverEquivalent {
  readonly type: PloverType;
  readonly mode: PloverMode | null;
  readonly context: readonly PloverContext[];
}

function normalise(row: CameoRow): CameoCode {
  return {
    code: row.code,
    name: row.name,
    goldstein: row.goldstein,
    type: row.type,
    mode: row.mode ?? null,
    context: row.context ?? [],
    basis: row.basis ?? "crosswalk",
    note: row.note ?? null,
  };
}

/** Every CAMEO code annals knows: all 2-, 3- and 4-digit codes of the CAMEO Goldstein table, plus 1213 and 1214 from the crosswalk. */
export const CAMEO_CODES: readonly CameoCode[] = [
  ...VERBAL_COOPERATION,
  ...MATERIAL_COOPERATION,
  ...VERBAL_CONFLICT,
  ...REJECTION_THREAT,
  ...MATERIAL_CONFLICT,
  ...VIOLENCE,
].map(normalise);

const BY_CODE = new Map(CAMEO_CODES.map((c) => [c.code, c]));

/** The entry for a code, or undefined when CAMEO has no such code. */
export function cameoCode(code: string): CameoCode | undefined {
  return BY_CODE.get(code);
}

export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * The PLOVER type, mode and contexts of a CAMEO code; null for codes PLOVER drops or CAMEO lacks.
 *
 * @example cameoToPlover("042") // { type: "CONSULT", mode: "visit", context: [] }
 */
export function cameoToPlover(code: string): PloverEquivalent | null {
  const entry = BY_CODE.get(code);
  if (!entry?.type) return null;
  return { type: entry.type, mode: entry.mode, context: entry.context };
}

/**
 * The most representative CAMEO code for a PLOVER type, or type and mode.
 *
 * @example ploverToCameo("CONSULT", "phone") // "041"
 * @example ploverToCameo("ASSAULT") // "190"
 */
export function ploverToCameo(type: PloverType, mode?: PloverMode | null): string {
  const entry = REPRESENTATIVE_CAMEO[type];
  return (mode ? entry.modes[mode] : undefined) ?? entry.code;
}

/**
 * The Goldstein value of a CAMEO code. A four-digit code missing from the scale takes its parent's value.
 *
 * @example goldstein("190") // -10
 * @throws RangeError for a string that is not a CAMEO code: data that names one is broken.
 */
export function goldstein(code: string): number {
  for (let c = /^\d{2,4}$/.test(code) ? code : ""; c.length >= 2; c = c.slice(0, -1)) {
    const entry = BY_CODE.get(c);
    if (entry) return entry.goldstein;
  }
  throw new RangeError(`not a CAMEO code: "${code}"`);
}

/**
 * CAMEO's own quad class, by root code (01–05 verbal cooperation, 06–08 material cooperation,
 * 09–13 verbal conflict, 14–20 material conflict), as ICEWS and GDELT group them. It can differ from
 * the PLOVER quad of the mapped type (`quadOfType`): 081 "ease administrative sanctions" is CAMEO
 * material cooperation but PLOVER CONCEDE, verbal cooperation.
 *
 * @throws RangeError when the root is not 01–20.
 */
export function quadClassOf(code: string): QuadClass {
  const root = Number.parseInt(code.slice(0, 2), 10);
  if (!/^\d{2,4}$/.test(code) || root < 1 || root > 20) throw new RangeError(`not a CAMEO code: "${code}"`);
  if (root <= 5) return "verbal_cooperation";
  if (root <= 8) return "material_cooperation";
  if (root <= 13) return "verbal_conflict";
  return "material_conflict";
}
