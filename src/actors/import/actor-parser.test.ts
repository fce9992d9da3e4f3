import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseActors } from "./parse-snippets.js";

// Snippets in the TABARI actor format, written for these tests (names and dates invented or public fact).

describe("actor dictionary parser", () => {
  it("reads a name, its + variants and its dated codes as one entry", () => {
    const { entries, skipped } = parseActors(
      [
        "OMAR_EL_FAROUK_  # invented",
        "+OMAR_EL-FAROUK",
        "+EL_FAROUK_",
        "\t[XYZMIL 770101-120812]",
        "\t[XYZGOV >140608]",
        "\t[XYZELI]",
      ].join("\n"),
    );
    assert.deepEqual(skipped, []);
    assert.deepEqual(entries, [
      {
        name: "OMAR_EL_FAROUK_",
        variants: ["OMAR_EL-FAROUK", "EL_FAROUK_"],
        codes: [
          { code: "XYZMIL", country: null, sector: "MIL", start: "1977-01-01", end: "2012-08-12" },
          { code: "XYZGOV", country: null, sector: "GOV", start: "2014-06-08", end: null },
          { code: "XYZELI", country: null, sector: "ELI", start: null, end: null },
        ],
        comment: "invented",
        line: 1,
      },
    ]);
  });

  it("reads inline codes, several variants on one line, and comments of both kinds", () => {
    const text = [
      "<!-- a block comment",
      "# inside it",
      "-->",
      "NORTH_KOREA  [PRK] #JW 9/10/91",
      "+PYONGYANG +THE_HERMIT_KINGDOM",
      "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers",
      "<! -- malformed opener, still a comment -->",
    ].join("\n");
    const { entries, skipped } = parseActors(text);
    assert.deepEqual(skipped, []);
    assert.deepEqual(
      entries.map((e) => [e.name, e.variants, e.codes.map((c) => c.code), e.comment, e.line]),
      [
        ["NORTH_KOREA", ["PYONGYANG", "THE_HERMIT_KINGDOM"], ["PRK"], "JW 9/10/91", 4],
        ["KOFI_ANNAN_", [], ["IGOUNO", "ELI"], "IGOrulers", 6],
      ],
    );
  });

  it("lets name lines with no code between them share the codes after them", () => {
    const text = [
      "ANNA_PETROVA_", // a variant: shares PETROVA
      "MINISTER_ANNA_PETROVA",
      "\t[XYZGOV 990101-031231]",
      "",
      "NORTHERN_SHIELD", // no shared word: another actor with the same code
      "RIVER_GUARD",
      "\t[XYZREB]",
    ].join("\n");
    const { entries } = parseActors(text);
    assert.deepEqual(
      entries.map((e) => [e.name, e.variants, e.codes.map((c) => c.code)]),
      [
        ["ANNA_PETROVA_", ["MINISTER_ANNA_PETROVA"], ["XYZGOV"]],
        ["NORTHERN_SHIELD", [], ["XYZREB"]],
        ["RIVER_GUARD", [], ["XYZREB"]],
      ],
    );
  });

  it("reports malformed lines with file, line and reason, and goes on", () => {
    const text = [
      "GOOD_NAME_ [XYZ]",
      "\t[XYZGOV 2004017-20061201]", // 1: a bad code line drops that code only
      "BAD\u001aNAME_", // 2: a bad name line drops its entry…
      "+ITS_VARIANT", // …with its variants and codes
      "\t[XYZGOV]",
      "LONELY_NAME_", // 3: no code at all
      "",
      "ISILDUR [+++]", // 4: not a code
      "TRAILING [XYZ", // 5: bracket left open
    ].join("\n");
    const { entries, skipped } = parseActors(text, "x.actors.txt");
    assert.deepEqual(
      entries.map((e) => [e.name, e.codes.map((c) => c.code)]),
      [["GOOD_NAME_", ["XYZ"]]],
    );
    assert.deepEqual(
      skipped.map((s) => [s.file, s.line, s.reason]),
      [
        ["x.actors.txt", 2, 'date "2004017" is neither YYMMDD nor YYYYMMDD'],
        ["x.actors.txt", 3, "control character in the line (a byte lost to a bad encoding?)"],
        ["x.actors.txt", 6, "entry has no code"],
        ["x.actors.txt", 8, '"+++" is not a CAMEO actor code'],
        ["x.actors.txt", 9, 'code bracket not closed: "[XYZ"'],
      ],
    );
  });

  it("reports a variant or code with no entry above it", () => {
    const { skipped } = parseActors("+ORPHAN\n\t[XYZ]");
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ["variant with no entry above it", "code with no entry above it"],
    );
  });
});
