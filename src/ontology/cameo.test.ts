import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CAMEO_CODES, cameoCode, cameoToPlover, goldstein, ploverToCameo, quadClassOf } from "./cameo.js";
import { isPloverContext } from "./contexts.js";
import { PLOVER_TYPES, type PloverType } from "./plover.js";
import { isModeOf, modesOf, type PloverMode } from "./plover-modes.js";

describe("cameoToPlover follows the crosswalk", () => {
  const cases: [string, PloverType | null, PloverMode | null][] = [
    ["040", "CONSULT", null],
    ["041", "CONSULT", "phone"],
    ["042", "CONSULT", "visit"],
    ["043", "CONSULT", "visit"],
    ["044", "CONSULT", "third-party"],
    ["036", "AGREE", null],
    ["057", "SUPPORT", null],
    ["081", "CONCEDE", null],
    ["0841", "RETREAT", "release"],
    ["0871", "RETREAT", "ceasefire"],
    ["0813", "RETREAT", null],
    ["090", "ACCUSE", "investigate"],
    ["111", "ACCUSE", "disapprove"],
    ["1121", "ACCUSE", "allege"],
    ["125", "REJECT", "meet"],
    ["138", "THREATEN", "violence"],
    ["145", "PROTEST", "riot"],
    ["154", "MOBILIZE", "troops"],
    ["166", "SANCTION", "expel"],
    ["173", "COERCE", "arrest"],
    ["192", "COERCE", "seize"],
    ["190", "ASSAULT", null],
    ["193", "ASSAULT", "firearms"],
    ["2042", "ASSAULT", "unconventional"],
  ];
  for (const [code, type, mode] of cases) {
    it(`${code} → ${type}${mode ? `/${mode}` : ""}`, () => {
      const p = cameoToPlover(code);
      assert.equal(p?.type ?? null, type);
      assert.equal(p?.mode ?? null, mode);
    });
  }

  it("carries the crosswalk's contexts", () => {
    assert.deepEqual(cameoToPlover("0312")?.context, ["military"]);
    assert.deepEqual(cameoToPlover("094")?.context, ["military", "legal"]);
  });
});

describe("where annals departs from the crosswalk, it says so", () => {
  const cases: [string, PloverType, PloverMode | null, "manual" | "annals"][] = [
    ["163", "SANCTION", "discontinue", "manual"], // manual: sanctions are SANCTION
    ["116", "SANCTION", "convict", "manual"],
    ["055", "CONCEDE", null, "manual"], // regret is CONCEDE
    ["0356", "CONCEDE", null, "manual"], // announced retreats are CONCEDE
    ["114", "ACCUSE", "disapprove", "manual"], // diplomatic protests
    ["195", "ASSAULT", "aerial", "manual"],
    ["186", "ASSAULT", "targeted", "manual"],
    ["020", "REQUEST", null, "annals"], // appeals
    ["026", "REQUEST", "meet", "annals"],
  ];
  for (const [code, type, mode, basis] of cases) {
    it(`${code} → ${type}${mode ? `/${mode}` : ""} (${basis})`, () => {
      const entry = cameoCode(code);
      assert.equal(entry?.type, type);
      assert.equal(entry?.mode, mode);
      assert.equal(entry?.basis, basis);
    });
  }

  it("every manual correction explains itself", () => {
    for (const c of CAMEO_CODES) if (c.basis === "manual") assert.ok(c.note, `${c.code} has no note`);
  });

  it("drops CAMEO 01 statements, and unknown codes map to nothing", () => {
    for (const c of CAMEO_CODES.filter((x) => x.code.startsWith("01"))) assert.equal(cameoToPlover(c.code), null);
    assert.equal(cameoToPlover("999"), null);
    assert.equal(cameoToPlover(""), null);
  });
});

describe("goldstein", () => {
  const cases: [string, number][] = [
    ["190", -10],
    ["042", 1.9],
    ["043", 2.8],
    ["057", 8],
    ["0874", 10],
    ["130", -4.4],
    ["163", -8],
    ["01", 0],
    ["1213", -4], // crosswalk-only code, parent's value
  ];
  for (const [code, value] of cases) it(`${code} → ${value}`, () => assert.equal(goldstein(code), value));

  it("throws on strings that are not CAMEO codes", () => {
    for (const bad of ["999", "21", "abc", "12345", ""]) assert.throws(() => goldstein(bad), RangeError);
  });
});

describe("quadClassOf uses CAMEO's root-code quads", () => {
  const cases: [string, string][] = [
    ["01", "verbal_cooperation"],
    ["057", "verbal_cooperation"],
    ["06", "material_cooperation"],
    ["0874", "material_cooperation"],
    ["090", "verbal_conflict"],
    ["139", "verbal_conflict"],
    ["141", "material_conflict"],
    ["2042", "material_conflict"],
  ];
  for (const [code, quad] of cases) it(`${code} → ${quad}`, () => assert.equal(quadClassOf(code), quad));
  it("throws outside 01–20", () => {
    for (const bad of ["00", "21", "x1"]) assert.throws(() => quadClassOf(bad), RangeError);
  });
});

describe("ploverToCameo", () => {
  const cases: [PloverType, PloverMode | undefined, string][] = [
    ["CONSULT", "phone", "041"],
    ["CONSULT", "visit", "042"],
    ["CONSULT", undefined, "040"],
    ["CONSULT", "multilateral", "040"], // no CAMEO code: the type's
    ["ASSAULT", undefined, "190"],
    ["ASSAULT", "aerial", "195"],
    ["REQUEST", "meet", "106"],
    ["REJECT", "meet", "125"],
    ["SANCTION", "discontinue", "163"],
    ["RETREAT", "resign", "084"],
  ];
  for (const [type, mode, code] of cases) {
    it(`${type}${mode ? `/${mode}` : ""} → ${code}`, () => assert.equal(ploverToCameo(type, mode), code));
  }

  it("always names a code of the same PLOVER type", () => {
    for (const type of PLOVER_TYPES) {
      for (const mode of [undefined, ...modesOf(type)] as (PloverMode | undefined)[]) {
        const code = ploverToCameo(type, mode);
        assert.equal(cameoToPlover(code)?.type, type, `${type}/${mode} → ${code}`);
      }
    }
  });
});

describe("the CAMEO table", () => {
  it("has unique, well-formed codes whose parents exist", () => {
    const codes = new Set<string>();
    for (const c of CAMEO_CODES) {
      assert.match(c.code, /^\d{2,4}$/);
      assert.ok(!codes.has(c.code), `duplicate ${c.code}`);
      codes.add(c.code);
    }
    for (const c of CAMEO_CODES) if (c.code.length > 2) assert.ok(codes.has(c.code.slice(0, -1)), c.code);
  });

  it("covers every 2-digit root 01–20", () => {
    for (let root = 1; root <= 20; root++) assert.ok(cameoCode(String(root).padStart(2, "0")));
  });

  it("keeps Goldstein values in −10…+10, modes of the right type and known contexts", () => {
    for (const c of CAMEO_CODES) {
      assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
      if (c.mode) assert.ok(c.type && isModeOf(c.type, c.mode), `${c.code}: ${c.mode}`);
      for (const ctx of c.context) assert.ok(isPloverContext(ctx), `${c.code}: ${ctx}`);
    }
  });

  it("maps some code to every PLOVER type", () => {
    for (const type of PLOVER_TYPES)
      assert.ok(
        CAMEO_CODES.some((c) => c.type === type),
        type,
      );
  });
});
