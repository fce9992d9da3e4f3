import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONTEXT_NAMES, isPloverContext } from "./contexts.js";
import {
  PLOVER_EVENT_TYPES,
  PLOVER_TYPES,
  type PloverType,
  ploverScore,
  type QuadClass,
  quadOfType,
} from "./plover.js";
import { isModeOf, modesOf, type PloverMode } from "./plover-modes.js";
import { isNonStateCode, isSector, SECTOR_CODES } from "./sectors.js";

describe("PLOVER types", () => {
  it("are the sixteen of PLOVER 2.0", () => assert.equal(PLOVER_TYPES.length, 16));

  const quads: [QuadClass, PloverType[]][] = [
    ["verbal_cooperation", ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]],
    ["material_cooperation", ["COOPERATE", "AID", "RETREAT"]],
    ["verbal_conflict", ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]],
    ["material_conflict", ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]],
  ];
  for (const [quad, types] of quads) {
    it(`${quad}: ${types.join(", ")}`, () => {
      for (const t of types) assert.equal(quadOfType(t), quad);
    });
  }

  it("require a recipient only for COOPERATE, AID and SANCTION", () => {
    const needing = PLOVER_TYPES.filter((t) => PLOVER_EVENT_TYPES[t].requiresRecipient);
    assert.deepEqual(needing, ["COOPERATE", "AID", "SANCTION"]);
  });
});

describe("ploverScore", () => {
  const cases: [PloverType, PloverMode | undefined, number][] = [
    ["CONSULT", undefined, 2.5],
    ["CONSULT", "visit", 4],
    ["CONSULT", "phone", 1.5],
    ["AID", undefined, 10],
    ["RETREAT", "disarm", 10],
    ["REQUEST", "change", -1],
    ["ACCUSE", undefined, -3], // the manual's table lost the sign
    ["ACCUSE", "allege", -3.5],
    ["PROTEST", "vandalize", -5], // unscored mode: the type's score
    ["MOBILIZE", "troops", -6.5],
    ["ASSAULT", undefined, -9],
    ["ASSAULT", "unconventional", -10],
  ];
  for (const [type, mode, score] of cases) {
    it(`${type}${mode ? `/${mode}` : ""} → ${score}`, () => assert.equal(ploverScore(type, mode), score));
  }

  it("stays within −10…+10 for every type and mode", () => {
    for (const t of PLOVER_TYPES) {
      for (const m of [undefined, ...modesOf(t)]) {
        const s = ploverScore(t, m);
        assert.ok(s >= -10 && s <= 10, `${t}/${m}: ${s}`);
      }
    }
  });

  it("is positive for cooperation and negative for conflict, except REQUEST at 0", () => {
    for (const t of PLOVER_TYPES) {
      const s = ploverScore(t);
      if (quadOfType(t).endsWith("cooperation")) assert.ok(s > 0, t);
      else assert.ok(t === "REQUEST" ? s === 0 : s < 0, t);
    }
  });
});

describe("modes", () => {
  it("match the manual's tables", () => {
    assert.deepEqual(modesOf("CONSULT"), ["visit", "third-party", "multilateral", "phone"]);
    assert.deepEqual(modesOf("AGREE"), []);
    assert.deepEqual(modesOf("REQUEST"), modesOf("REJECT"));
    assert.equal(modesOf("ASSAULT").length, 15);
  });

  it("belong to their own type only", () => {
    assert.ok(isModeOf("CONSULT", "phone"));
    assert.ok(!isModeOf("ASSAULT", "phone"));
    assert.ok(!isModeOf("CONSULT", "toString"));
  });
});

describe("contexts and sectors", () => {
  it("list the manual's 37 general contexts", () => {
    assert.equal(CONTEXT_NAMES.length, 37);
    assert.ok(isPloverContext("diplomatic"));
    assert.ok(!isPloverContext("humanitarian"));
  });

  it("list sector codes; NGO and IGO are country-slot codes", () => {
    for (const code of ["GOV", "MIL", "PTY", "ELI", "BUS", "MED", "CVL", "REB", "COP", "JUD", "LEG"]) {
      assert.ok(isSector(code), code);
    }
    assert.equal(SECTOR_CODES.length, 25);
    assert.ok(!isSector("NGO") && isNonStateCode("NGO") && isNonStateCode("IGO") && isNonStateCode("UNO"));
  });
});
