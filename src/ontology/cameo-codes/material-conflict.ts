import type { CameoRow } from "./row.js";

const PURPOSES = [
  ["for new leaders", "executive"],
  ["for a policy change", "executive"],
  ["for rights", "rights_freedoms"],
  ["for institutional change", "political_institutions"],
] as const;

/** The four purpose-specific children CAMEO gives each protest form (`1411` … `1414`), valued as their parent. */
function byPurpose(code: string, name: string, goldstein: number, mode: CameoRow["mode"]): CameoRow[] {
  return PURPOSES.map(([end, context], i) => ({
    code: `${code}${i + 1}`,
    name: `${name} ${end}`,
    goldstein,
    type: "PROTEST",
    mode,
    context: [context],
  }));
}

/** CAMEO 14–16: protest, force posture, reduced relations. */
// biome-ignore format: one CAMEO code per line, to read as a table
export const MATERIAL_CONFLICT: readonly CameoRow[] = [
  { code: "14", name: "protest", goldstein: -6.5, type: "PROTEST" },
  { code: "140", name: "political dissent, unspecified", goldstein: -6.5, type: "PROTEST" },
  { code: "141", name: "demonstrate or rally", goldstein: -6.5, type: "PROTEST", mode: "demo" },
  ...byPurpose("141", "demonstrate", -6.5, "demo"),
  { code: "142", name: "hunger strike", goldstein: -6.5, type: "PROTEST", mode: "hunger" },
  ...byPurpose("142", "hunger strike", -6.5, "hunger"),
  { code: "143", name: "strike or boycott", goldstein: -6.5, type: "PROTEST", mode: "boycott" },
  ...byPurpose("143", "strike or boycott", -6.5, "boycott"),
  { code: "144", name: "block passage", goldstein: -7.5, type: "PROTEST", mode: "obstruct" },
  ...byPurpose("144", "block passage", -7.5, "obstruct"),
  { code: "145", name: "riot or protest violently", goldstein: -7.5, type: "PROTEST", mode: "riot" },
  ...byPurpose("145", "riot", -7.5, "riot"),

  { code: "15", name: "show of force", goldstein: -7.2, type: "MOBILIZE" },
  { code: "150", name: "display military or police power", goldstein: -7.2, type: "MOBILIZE" },
  { code: "151", name: "raise police alert", goldstein: -7.2, type: "MOBILIZE", mode: "police" },
  { code: "152", name: "raise military alert", goldstein: -7.2, type: "MOBILIZE", mode: "troops", context: ["military"] },
  { code: "153", name: "mobilise or reinforce police", goldstein: -7.2, type: "MOBILIZE", mode: "police" },
  { code: "154", name: "mobilise or reinforce armed forces", goldstein: -7.2, type: "MOBILIZE", mode: "troops", context: ["military"] },

  { code: "16", name: "reduce relations", goldstein: -4, type: "SANCTION" },
  { code: "160", name: "reduce relations, unspecified", goldstein: -4, type: "SANCTION" },
  { code: "161", name: "reduce or break diplomatic relations", goldstein: -4, type: "SANCTION", mode: "withdraw", context: ["diplomatic"] },
  { code: "162", name: "reduce or stop aid", goldstein: -5.6, type: "SANCTION", mode: "discontinue", context: ["human_security"] },
  { code: "1621", name: "reduce or stop economic aid", goldstein: -5.6, type: "SANCTION", mode: "discontinue", context: ["economic"] },
  { code: "1622", name: "reduce or stop military aid", goldstein: -5.6, type: "SANCTION", mode: "discontinue", context: ["military"] },
  { code: "1623", name: "reduce or stop humanitarian aid", goldstein: -5.6, type: "SANCTION", mode: "discontinue" },
  {
    code: "163",
    name: "impose embargo, boycott or sanctions",
    goldstein: -8,
    type: "SANCTION",
    mode: "discontinue",
    context: ["diplomatic"],
    basis: "manual",
    note: "crosswalk: COERCE restrict; manual (SANCTION 'discontinue'): international sanctions are SANCTION",
  },
  { code: "164", name: "halt negotiations", goldstein: -7, type: "SANCTION", mode: "withdraw", context: ["diplomatic"] },
  { code: "165", name: "halt mediation", goldstein: -6.5, type: "SANCTION", mode: "withdraw", context: ["diplomatic"] },
  { code: "166", name: "expel or withdraw", goldstein: -7, type: "SANCTION", mode: "expel", context: ["diplomatic"] },
  { code: "1661", name: "expel or withdraw peacekeepers", goldstein: -7, type: "SANCTION", mode: "expel", context: ["military"] },
  { code: "1662", name: "expel or withdraw inspectors or observers", goldstein: -7, type: "SANCTION", mode: "expel", context: ["diplomatic"] },
  { code: "1663", name: "expel or withdraw aid agencies", goldstein: -7, type: "SANCTION", mode: "expel", context: ["human_security"] },
];
