import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entryKind } from "./classify.js";
import { toKbActors } from "./convert.js";
import { parseActors } from "./parse-snippets.js";

// An invented Egyptian officer, with the shape of the Phoenix country file's entries.
const FAROUK = [
  "OMAR_EL_FAROUK_  # invented",
  "+OMAR_EL-FAROUK",
  "+ABDEL-OMAR_EL-FAROUQ",
  "+PRESIDENT_EL_FAROUK_",
  "\t[EGYMIL 770101-120812]",
  "\t[EGYGOVMIL 120812-140326]",
  "\t[EGYGOV >140608]",
  "\t[EGYELI]",
].join("\n");

describe("what an entry names", () => {
  it("tells people, organisations, countries and offices apart", () => {
    const cases: [string, string | null][] = [
      [FAROUK, "person"],
      ["AFGHANISTAN_  [AFG]\n+KABUL_", "country"],
      ["SAINT_HELENA_ [GBRSHN]", "country"],
      ["AFGHAN_NATIONAL_SECURITY_FORCES [AFGMIL]", "organization"],
      ["THE_ISLAMIC_STATE [IMGMUSISI >20130408]", "organization"],
      ["EDWARD_SNOWDEN_ [USAOPP]\n+SNOWDEN_", "person"],
      ["PRESIDENT_GEORGE_W._BUSH [USAGOV]", "person"],
      ["WEST_GERMAN [GMWGOV]", "organization"],
      ["UN_SECRETARY_GENERAL [IGOUNO]", "office"],
      ["AMERICAN_VICE_PRESIDENT [USAGOV]", "office"],
      ["BOROMIR [---]", null],
    ];
    for (const [text, kind] of cases) {
      const entry = parseActors(text).entries[0];
      assert.ok(entry, text);
      assert.equal(entryKind(entry), kind, text);
    }
  });
});

describe("knowledge-base actors from entries", () => {
  it("make a person with readable aliases, a derived surname and roles in the order dates resolve them", () => {
    const { actors, stats } = toKbActors(parseActors(FAROUK).entries);
    assert.deepEqual(stats, { actors: 1, variants: 3, datedRoles: 3, left: 0 });
    const [farouk] = actors;
    assert.deepEqual(
      [farouk?.actor_id, farouk?.name, farouk?.kind, farouk?.country, farouk?.sector],
      ["p:omar-el-farouk", "Omar el Farouk", "person", "EGY", "ELI"],
    );
    assert.deepEqual(farouk?.aliases, [
      "Omar el-Farouk",
      "Abdel-Omar el-Farouq",
      "El Farouk",
      "El-Farouk",
      "El-Farouq",
    ]);
    assert.deepEqual(
      farouk?.roles.map((r) => [r.title, r.sector, r.start, r.end]),
      [
        ["Elite (EGYELI)", "ELI", null, null],
        ["Military (EGYMIL)", "MIL", "1977-01-01", "2012-08-12"],
        ["Military (EGYGOVMIL)", "MIL", "2012-08-12", "2014-03-26"],
        ["Government (EGYGOV)", "GOV", "2014-06-08", null],
      ],
    );
  });

  it("keep a derived surname only when one actor alone would have it", () => {
    const text = ["ALI_AL_MANSOUR_ [XYZGOV 990101-001231]", "", "HASSAN_AL_MANSOUR_ [XYZGOV 010101-021231]"].join("\n");
    const { actors } = toKbActors(parseActors(text).entries);
    assert.deepEqual(
      actors.map((a) => a.aliases),
      [[], []],
    );
  });

  it("merge entries of one name and country; a namesake elsewhere gets the country in its id", () => {
    const text = [
      "JOHN_SMITH_ [GBRGOV 990101-001231]",
      "",
      "JOHN_SMITH_ [GBRELI 010101-021231]",
      "",
      "JOHN_SMITH_ [AUSGOV 050101-061231]",
    ].join("\n");
    const { actors } = toKbActors(parseActors(text).entries);
    assert.deepEqual(
      actors.map((a) => [a.actor_id, a.country, a.roles.length]),
      [
        ["p:john-smith", "GBR", 2],
        ["p:john-smith-aus", "AUS", 1],
      ],
    );
  });

  it("leave out entries that name no actor", () => {
    const { actors, stats } = toKbActors(parseActors("BOROMIR [---]\n\nUN_SECRETARY_GENERAL [IGOUNO]").entries);
    assert.deepEqual([actors, stats.left], [[], 2]);
  });
});
