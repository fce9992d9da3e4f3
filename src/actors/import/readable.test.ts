import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { caseVariants, particleSurname } from "./aliases.js";
import { readableName, splitAcronym } from "./readable.js";

describe("readable names", () => {
  it("writes people's names in prose case, particles lower-case inside a name", () => {
    const cases: [string, string][] = [
      ["ABDEL_FATTAH_AL-SISI", "Abdel Fattah al-Sisi"],
      ["ABDEL-FATTAH_EL-SISSI", "Abdel-Fattah el-Sissi"],
      ["EL_SISI_", "El Sisi"],
      ["AL-ASSAD", "Al-Assad"],
      ["BAN_KI-MOON", "Ban Ki-Moon"],
      ["MARIA_VAN_DER_HOEVEN", "Maria van der Hoeven"],
      ["GEORGE_W._BUSH", "George W. Bush"],
      ["JOHN_MCCAIN_", "John McCain"],
      ["CONOR_O'NEILL", "Conor O'Neill"],
      ["ABU_ABDUL_'AZIZ_AL-QATARI", "Abu Abdul 'Aziz al-Qatari"],
      ["POPE_PIUS_XII", "Pope Pius XII"],
    ];
    for (const [raw, expected] of cases) assert.equal(readableName(raw), expected, raw);
  });

  it("keeps organisations' acronyms and drops a leading The", () => {
    const cases: [string, string][] = [
      ["THE_UNITED_NATIONS_", "United Nations"],
      ["ANSF", "ANSF"],
      ["UN_SECRETARY_GENERAL", "UN Secretary General"],
      ["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "Aden Abyan Islamic Army (AAIA)"],
      ["1ST_MECHANISED_BRIGADE", "1st Mechanised Brigade"],
      ["GROUP_OF_77_G77", "Group of 77 G77"],
      ["U.S.S.R", "U.S.S.R"],
    ];
    for (const [raw, expected] of cases) assert.equal(readableName(raw, { organization: true }), expected, raw);
    assert.deepEqual(splitAcronym("Aden Abyan Islamic Army (AAIA)"), ["Aden Abyan Islamic Army", "AAIA"]);
  });
});

describe("derived aliases", () => {
  it("take the surname with its particles, never a bare last word", () => {
    const cases: [string, string | null][] = [
      ["Abdel Fattah el-Sisi", "El-Sisi"],
      ["Abdel-Fattah el-Sissi", "El-Sissi"],
      ["Ahmad bin Attiyah al Khalifa", "Al Khalifa"],
      ["Maria van der Hoeven", "Van der Hoeven"],
      ["Hamid Karzai", null],
      ["Sisi", null],
    ];
    for (const [name, expected] of cases) assert.equal(particleSurname(name), expected, name);
  });

  it("spell an alias the ways the token index needs", () => {
    assert.deepEqual(caseVariants("Ban Ki-Moon"), ["Ban Ki-Moon", "Ban Ki-moon"]);
    assert.deepEqual(caseVariants("Abdel Fattah el-Sisi"), ["Abdel Fattah el-Sisi", "Abdel Fattah El-Sisi"]);
    assert.deepEqual(caseVariants("Hamid Karzai"), ["Hamid Karzai"]);
  });
});
