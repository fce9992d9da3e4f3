/**
 * Naming differences between the gold set's actor codes and ours, and nothing else: a different
 * country is a coding error and stays one.
 *
 * - The gold set writes CAMEO country codes where they differ from ISO 3166-1 alpha-3 (`JAP`, `GER`,
 *   `ROM`, `BUL`; `ITL` for Italy).
 * - PLOVER 0.5 had one code for intergovernmental bodies, `IGO`; PLOVER 2.0 splits
 *   the United Nations (`UNO`) and the European Union (`EUR`) out of it; the gold set, coded to
 *   PLOVER 0.5, writes `IGO` for both ("UN", "Security Council", "European Community"). The eval
 *   compares them as the IGOs they are. `NGO` stays `NGO`: the gold set's `IGO` for a
 *   non-governmental body (Amnesty International) is a different code, not a different name.
 */
const CAMEO_COUNTRY: Record<string, string> = { JAP: "JPN", GER: "DEU", ROM: "ROU", BUL: "BGR", ITL: "ITA" };

/** A gold actor code as the ISO-3 or PLOVER code we compare on: `JAP` → `JPN`, `USAGOV` → `USA`. */
export function goldCountry(code: string): string {
  return CAMEO_COUNTRY[code] ?? code.slice(0, 3);
}

/** A coded actor's country as compared with the gold set: `UNO`, `EUR` → `IGO`. */
export function predictedCountry(code: string): string {
  return code === "UNO" || code === "EUR" ? "IGO" : code;
}
