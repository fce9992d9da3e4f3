import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import { analyzeDocument } from "../../analyze.js";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import { importPetrarchFile } from "./import-file.js";
import { readDictionary } from "./read-dictionary.js";
import { knowledgeBaseFor } from "./store-kb.js";

// The shared dictionaries are read where they lie, never copied: these tests skip when they are absent.
const PHOENIX = resolve(process.cwd(), "../shared/data/phoenix-dictionaries");
const VALIDATE = resolve(process.cwd(), "../shared/data/petrarch-unittest/PETR.Validate.actors.txt");

/** Every reason the Phoenix files give for a skipped line: broken bytes, impossible dates, a code-less entry. */
const KNOWN_REASONS =
  /control character|YYMMDD|ends before it starts|not A-B|entry has no code|bracket not closed|agent has no code/;

describe("the Phoenix dictionaries", () => {
  it("parse with few skipped lines, each for a stated reason", async (t) => {
    if (!existsSync(PHOENIX)) return t.skip("no ../shared/data/phoenix-dictionaries");
    for (const file of readdirSync(PHOENIX).filter((f) => f.startsWith("Phoenix."))) {
      const read = await readDictionary(join(PHOENIX, file));
      assert.equal(read.kind, file.includes("agents") ? "agents" : "actors", file);
      assert.ok(read.entries.length > 1000, `${file}: ${read.entries.length} entries`);
      assert.ok(read.skipped.length < read.entries.length / 500, `${file}: ${read.skipped.length} skipped`);
      for (const s of read.skipped) assert.match(s.reason, KNOWN_REASONS, `${s.file}:${s.line}`);
    }
  });

  it("give Abdel Fattah el-Sisi his military and government years", async (t) => {
    if (!existsSync(PHOENIX)) return t.skip("no ../shared/data/phoenix-dictionaries");
    const read = await readDictionary(join(PHOENIX, "Phoenix.Countries.actors.txt"));
    const sisi = read.kind === "actors" ? read.entries.find((e) => e.name === "ABDEL_FATTAH_EL_SISI") : undefined;
    assert.ok(sisi);
    assert.ok(sisi.variants.includes("ABDEL-FATTAH_EL-SISSI"));
    assert.deepEqual(
      sisi.codes.map((c) => [c.code, c.sector, c.start, c.end]),
      [
        ["EGYMIL", "MIL", "1977-01-01", "2012-08-12"],
        ["EGYGOVMIL", "MIL", "2012-08-12", "2014-03-26"],
        ["EGYGOV", "GOV", "2014-06-08", null],
        ["EGYELI", "ELI", null, null],
      ],
    );
  });
});

describe("the PETRARCH validation dictionary", () => {
  it("parses with one rejected line, the suite's deliberate non-code [+++]", async (t) => {
    if (!existsSync(VALIDATE)) return t.skip("no ../shared/data/petrarch-unittest");
    const read = await readDictionary(VALIDATE);
    assert.equal(read.kind, "actors");
    assert.deepEqual(
      read.skipped.map((s) => [s.line, s.reason]),
      [[112, '"+++" is not a CAMEO actor code']],
    );
    const gollum = read.kind === "actors" ? read.entries.find((e) => e.name === "GOLLUM") : undefined;
    assert.deepEqual(gollum?.variants, ["SMEAGOL", "SLINKER", "STINKER"]);
    assert.deepEqual(
      gollum?.codes.map((c) => [c.code, c.start, c.end]),
      [
        ["HOB", null, "1995-06-01"],
        ["HOBGOV", "1995-06-01", "1999-08-15"],
        ["HOBREB", "1999-08-16", null],
      ],
    );
  });

  it("resolves its actors with kb roles that name their source, the dated restriction of the day winning", async (t) => {
    if (!existsSync(VALIDATE)) return t.skip("no ../shared/data/petrarch-unittest");
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "annals-validate-")), "kb.db"));
    try {
      await importPetrarchFile(store, VALIDATE);
      const kb = await knowledgeBaseFor(store);
      // "[ORCHOB 20100109-20100112] # This should override the next restriction"
      const text = "Sam Gamgee met Gandalf in Bree on Monday.";
      const { record } = analyzeDocument(text, { publishedAt: "2010-01-12", kb });
      const sam = record.actors.find((a) => a.name === "Sam Gamgee");
      assert.ok(sam, JSON.stringify(record.entities));
      assert.ok(sam.roles.length >= 5);
      for (const r of sam.roles) assert.deepEqual([r.basis, r.source], ["kb", "petrarch:PETR.Validate.actors.txt"]);
      assert.equal(kb.rolesAt(sam.actor_id, "2010-01-11").at(-1)?.title, "ORCHOB");
      assert.equal(kb.rolesAt(sam.actor_id, "2011-06-01").at(-1)?.title, "Military (HOBMIL)");
    } finally {
      await store.close();
    }
  });
});
