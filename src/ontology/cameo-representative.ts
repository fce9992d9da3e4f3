import type { PloverType } from "./plover.js";

/**
 * The CAMEO code that best stands for a PLOVER type, and for each mode CAMEO can express.
 * Modes CAMEO has no code for (CONSULT multilateral, RETREAT resign, COERCE cyber, ASSAULT drone…)
 * fall back to the type's code. Where a mode has several candidates the broadest is chosen.
 */
export const REPRESENTATIVE_CAMEO: Readonly<
  Record<PloverType, { readonly code: string; readonly modes: Readonly<Record<string, string>> }>
> = {
  AGREE: { code: "030", modes: {} },
  CONSULT: { code: "040", modes: { visit: "042", "third-party": "044", phone: "041" } },
  SUPPORT: { code: "051", modes: {} },
  CONCEDE: { code: "080", modes: {} },
  COOPERATE: { code: "060", modes: {} },
  AID: { code: "070", modes: {} },
  RETREAT: {
    code: "084",
    modes: { withdraw: "0872", release: "0841", disarm: "0873", ceasefire: "0871", access: "086" },
  },
  REQUEST: { code: "100", modes: { assist: "101", change: "104", yield: "105", meet: "106" } },
  ACCUSE: { code: "112", modes: { disapprove: "111", investigate: "090", allege: "112" } },
  REJECT: { code: "120", modes: { assist: "121", change: "123", yield: "124", meet: "125" } },
  THREATEN: {
    code: "130",
    modes: { restrict: "1312", relations: "1313", expel: "136", territory: "1382", violence: "138" },
  },
  PROTEST: {
    code: "140",
    // CAMEO has one code for strikes and boycotts (143).
    modes: { demo: "141", riot: "145", strike: "143", hunger: "142", boycott: "143", obstruct: "144" },
  },
  SANCTION: { code: "160", modes: { convict: "116", expel: "166", withdraw: "161", discontinue: "163" } },
  MOBILIZE: { code: "150", modes: { troops: "154", police: "153" } },
  COERCE: {
    code: "170",
    modes: {
      seize: "171",
      restrict: "172",
      censor: "1721",
      curfew: "1723",
      "martial-law": "1724",
      arrest: "173",
      deport: "174",
    },
  },
  ASSAULT: {
    code: "190",
    modes: {
      abduct: "181",
      beat: "182",
      torture: "1822",
      sexual: "1821",
      targeted: "186",
      destroy: "1712",
      firearms: "193",
      explosives: "1832",
      "suicide-attack": "1831",
      aerial: "195",
      drone: "195",
      primitive: "180",
      "crowd-control": "175",
      "heavy-weapons": "194",
      unconventional: "204",
    },
  },
};
