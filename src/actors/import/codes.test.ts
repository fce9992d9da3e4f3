import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cameoCountry, cameoSector, isCountryOnly, roleTitle } from "./cameo-actor.js";
import { parseCodeBlock, splitCodes } from "./codes.js";

describe("CAMEO actor codes", () => {
  it("read the country slot: ISO-3, old CAMEO codes, territories, PLOVER's non-state codes", () => {
    const cases: [string, string | null][] = [
      ["EGYGOVMIL", "EGY"],
      ["TMP", "TLS"],
      ["ROMGOV", "ROU"],
      ["GBRSHN", "SHN"],
      ["SDNSSD", "SSD"],
      ["USRARM", "ARM"],
      ["IRQSUN", "IRQ"],
      ["IGOUNOREFHCR", "UNO"],
      ["IGOEUREEC", "EUR"],
      ["IGOWSTNAT", "IGO"],
      ["NGOHRIAMN", "NGO"],
      ["MNCUSA", "MNC"],
      ["IMGMUSALQ", "IMG"],
      ["MEA", null],
      ["ELI", null],
    ];
    for (const [code, country] of cases) assert.equal(cameoCountry(code), country, code);
  });

  it("read the sector from the last role of the strongest tier: primary, then secondary, then religion", () => {
    const cases: [string, string | null][] = [
      ["EGYGOVMIL", "MIL"],
      ["EGYMIL", "MIL"],
      ["EGYGOVLEG", "LEG"],
      ["USAGOVHLH", "GOV"],
      ["SYRREBMUS", "REB"],
      ["TURELIMUS", "ELI"],
      ["USAMED", "JRN"],
      ["NGOUSAHLH", "MED"],
      ["IGOCOPITP", "COP"],
      ["IRQSUN", "REL"],
      ["SUNRUS", null],
      ["ELI", "ELI"],
      ["HINRAD", "REL"],
      ["AFG", null],
    ];
    for (const [code, sector] of cases) assert.equal(cameoSector(code), sector, code);
  });

  it("make readable role titles that keep the code", () => {
    assert.equal(roleTitle("EGYGOVMIL"), "Military (EGYGOVMIL)");
    assert.equal(roleTitle("EGYGOV"), "Government (EGYGOV)");
    assert.equal(roleTitle("IGOUNO"), "United Nations (IGOUNO)");
    assert.equal(roleTitle("HOB"), "HOB");
  });

  it("tell a country's own code from a role code", () => {
    assert.deepEqual(["AFG", "GBRSHN", "EGYGOV", "SAF", "IGOUNO"].map(isCountryOnly), [
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("code blocks", () => {
  it("parse a code with its date restriction; a slash gives several codes", () => {
    assert.deepEqual(parseCodeBlock("EGYGOV > 140608"), {
      ok: true,
      codes: [{ code: "EGYGOV", country: "EGY", sector: "GOV", start: "2014-06-08", end: null }],
    });
    const shire = parseCodeBlock("FRO/BIL/SAM");
    assert.deepEqual(shire.ok && shire.codes.map((c) => c.code), ["FRO", "BIL", "SAM"]);
    const lower = parseCodeBlock("pse");
    assert.deepEqual(lower.ok && lower.codes.map((c) => [c.code, c.country]), [["PSE", "PSE"]]);
    const nullCode = parseCodeBlock("--- <950630");
    assert.deepEqual(nullCode.ok && nullCode.codes[0], {
      code: "---",
      country: null,
      sector: null,
      start: null,
      end: "1995-06-30",
    });
  });

  it("reject what is not a code", () => {
    for (const block of ["+++", "", "EG", "EGY GOV 770101"]) assert.equal(parseCodeBlock(block).ok, false, block);
  });

  it("split a line into its name and its code blocks, dropping notes after the codes", () => {
    const cases: [string, string, string[]][] = [
      ["HAMAS [PSEREBHMS]", "HAMAS", ["PSEREBHMS"]],
      ["JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]", "JAVIER_DE_CUELLAR_", ["IGOUNO 820101-911231", "ELI"]],
      ["A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000", "A.H._BELO_CORPORATION_", ["MNCMED"]],
      ["GOLLUM", "GOLLUM", []],
    ];
    for (const [line, text, blocks] of cases) assert.deepEqual(splitCodes(line), { ok: true, text, blocks }, line);
    assert.deepEqual(splitCodes("DEPARMENT_OF_ENVIRONMENT [~ENV}"), {
      ok: false,
      reason: 'code bracket not closed: "[~ENV}"',
    });
  });
});
