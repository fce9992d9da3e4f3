import type { CameoRow } from "./row.js";

const NO_EASE = "crosswalk mode 'ease': its own 2021 note says 'ease' is no longer a mode; none is set";

/**
 * CAMEO 06–08: material cooperation, aid, and yielding. CAMEO 08 is split by the crosswalk:
 * 080–083 (verbal) are CONCEDE, 084–087 (carried out) are RETREAT.
 */
// biome-ignore format: one CAMEO code per line, to read as a table
export const MATERIAL_COOPERATION: readonly CameoRow[] = [
  { code: "06", name: "material cooperation", goldstein: 6, type: "COOPERATE" },
  { code: "060", name: "material cooperation, unspecified", goldstein: 6, type: "COOPERATE" },
  { code: "061", name: "cooperate economically", goldstein: 6.4, type: "COOPERATE", context: ["economic"] },
  { code: "062", name: "cooperate militarily", goldstein: 7.4, type: "COOPERATE", context: ["military"] },
  { code: "063", name: "cooperate on judicial matters", goldstein: 7.4, type: "COOPERATE", context: ["legal"] },
  { code: "064", name: "share intelligence or information", goldstein: 7, type: "COOPERATE", context: ["intelligence"] },

  { code: "07", name: "provide aid", goldstein: 7, type: "AID" },
  { code: "070", name: "provide aid, unspecified", goldstein: 7, type: "AID" },
  { code: "071", name: "provide economic aid", goldstein: 7.4, type: "AID", context: ["economic"] },
  { code: "072", name: "provide military aid", goldstein: 8.3, type: "AID", context: ["military"] },
  { code: "073", name: "provide humanitarian aid", goldstein: 7.4, type: "AID" },
  { code: "074", name: "provide protection or peacekeepers", goldstein: 8.5, type: "AID", context: ["peacekeeping"] },
  { code: "075", name: "grant asylum", goldstein: 7, type: "AID", context: ["asylum"] },

  { code: "08", name: "yield", goldstein: 5, type: "CONCEDE" },
  { code: "080", name: "yield, unspecified", goldstein: 5, type: "CONCEDE" },
  { code: "081", name: "ease administrative sanctions", goldstein: 5, type: "CONCEDE", context: ["legal"] },
  { code: "0811", name: "ease limits on political freedoms", goldstein: 5, type: "CONCEDE", context: ["pro_democracy"] },
  { code: "0812", name: "lift a ban on parties or politicians", goldstein: 5, type: "CONCEDE", context: ["pro_democracy"] },
  { code: "0813", name: "ease a curfew", goldstein: 5, type: "RETREAT", context: ["legal"] },
  { code: "0814", name: "ease a state of emergency or martial law", goldstein: 5, type: "RETREAT", context: ["legal"] },
  { code: "082", name: "ease political dissent", goldstein: 5, type: "CONCEDE", context: ["pro_democracy"] },
  { code: "083", name: "accede to demands for reform", goldstein: 5, type: "CONCEDE", context: ["political_institutions"] },
  { code: "0831", name: "accede to demands for new leaders", goldstein: 5, type: "CONCEDE", context: ["political_institutions"] },
  { code: "0832", name: "accede to demands for a policy change", goldstein: 5, type: "CONCEDE", context: ["executive"] },
  { code: "0833", name: "accede to demands for rights", goldstein: 5, type: "CONCEDE", context: ["rights_freedoms"] },
  { code: "0834", name: "accede to demands for institutional change", goldstein: 5, type: "CONCEDE", context: ["political_institutions"] },
  { code: "084", name: "return or release", goldstein: 7, type: "RETREAT" },
  { code: "0841", name: "release people", goldstein: 7, type: "RETREAT", mode: "release", context: ["legal"] },
  {
    code: "0842",
    name: "return property",
    goldstein: 7,
    type: "RETREAT",
    context: ["legal"],
    basis: "manual",
    note: "crosswalk mode 'return' is not a PLOVER 2.0 RETREAT mode (commented out of the manual); none is set",
  },
  {
    code: "085",
    name: "ease economic sanctions",
    goldstein: 7,
    type: "RETREAT",
    context: ["economic"],
    basis: "manual",
    note: NO_EASE,
  },
  { code: "086", name: "admit international involvement", goldstein: 9, type: "RETREAT", mode: "access", context: ["diplomatic"] },
  { code: "0861", name: "receive peacekeepers", goldstein: 9, type: "RETREAT", mode: "access", context: ["peacekeeping"] },
  { code: "0862", name: "receive inspectors", goldstein: 9, type: "RETREAT", mode: "access", context: ["diplomatic"] },
  { code: "0863", name: "let humanitarian aid through", goldstein: 9, type: "RETREAT", mode: "access" },
  { code: "087", name: "de-escalate militarily", goldstein: 9, type: "RETREAT", mode: "disarm", context: ["military"] },
  { code: "0871", name: "declare a truce or ceasefire", goldstein: 9, type: "RETREAT", mode: "ceasefire", context: ["military"] },
  { code: "0872", name: "ease a military blockade", goldstein: 9, type: "RETREAT", mode: "withdraw", context: ["military"] },
  { code: "0873", name: "demobilise forces", goldstein: 9, type: "RETREAT", mode: "disarm", context: ["military"] },
  { code: "0874", name: "retreat or surrender", goldstein: 10, type: "RETREAT", mode: "disarm", context: ["military"] },
];
