import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { annals, tempDir } from "../../testing/cli.js";

// Invented entries in the TABARI formats; line 6 has a date no calendar has.
const ACTORS = [
  "OMAR_EL_FAROUK_  # invented",
  "+OMAR_EL-FAROUK",
  "\t[EGYMIL 770101-120812]",
  "\t[EGYGOV >140608]",
  "NORTHERN_SHIELD_BRIGADE [EGYREB]",
  "\t[EGYREB 991340-001231]",
].join("\n");
const AGENTS = ["MINISTER_ [~GOV]", "RIOT_POLICE {} [~COP]"].join("\n");

function setup() {
  const dir = tempDir("annals-kb-");
  writeFileSync(join(dir, "Test.actors.txt"), ACTORS);
  writeFileSync(join(dir, "Test.agents.txt"), AGENTS);
  return { dir, db: join(dir, "annals.db") };
}

describe("annals kb", () => {
  it("imports actors, names each skipped line on stderr and exits 2", () => {
    const { dir, db } = setup();
    const r = annals(["kb", "import", "--format", "petrarch", join(dir, "Test.actors.txt"), "--db", db]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stdout,
      /^imported 2 actors \(1 spelling variant, 2 dated roles\) and 0 agents from Test\.actors\.txt in [\d.]+ s; 1 line skipped\n$/,
    );
    assert.equal(r.stderr, 'Test.actors.txt:6: date "991340" is not a calendar date\n');
  });

  it("imports agents, and replaces a file's entries when it is imported again", () => {
    const { dir, db } = setup();
    const agents = annals(["kb", "import", join(dir, "Test.agents.txt"), "--db", db]);
    assert.equal(agents.status, 0, agents.stderr);
    assert.match(agents.stdout, /and 2 agents from Test\.agents\.txt/);
    annals(["kb", "import", join(dir, "Test.actors.txt"), "--db", db]);
    annals(["kb", "import", join(dir, "Test.actors.txt"), "--db", db]);
    const list = annals(["kb", "list", "--format", "jsonl", "--db", db]);
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(
      list.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
      [
        { source: "petrarch:Test.actors.txt", actors: 2, agents: 0 },
        { source: "petrarch:Test.agents.txt", actors: 0, agents: 2 },
      ],
    );
    const one = annals(["kb", "list", "--source", "Test.actors.txt", "--format", "jsonl", "--db", db]);
    assert.deepEqual(
      one.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).actor_id),
      ["o:northern-shield-brigade", "p:omar-el-farouk"],
    );
  });

  it("shows an imported actor's kb roles and their source in its profile once an article names it", () => {
    const { dir, db } = setup();
    annals(["kb", "import", join(dir, "Test.actors.txt"), "--db", db]);
    const article = join(dir, "article.txt");
    writeFileSync(
      article,
      "date 2015-06-01\n\nEgyptian President El-Farouk met Russian Foreign Minister Sergei Lavrov in Cairo on Sunday.\n",
    );
    assert.equal(annals(["ingest", article, "--db", db, "--quiet"]).status, 0);
    const r = annals(["actors", "El-Farouk", "--format", "jsonl", "--db", db]);
    assert.equal(r.status, 0, r.stderr);
    const profile = JSON.parse(r.stdout);
    assert.equal(profile.name, "Omar el Farouk");
    assert.deepEqual(
      profile.roles.map((x: { title: string; basis: string; source: string }) => [x.title, x.basis, x.source]),
      [
        ["Military (EGYMIL)", "kb", "petrarch:Test.actors.txt"],
        ["Government (EGYGOV)", "kb", "petrarch:Test.actors.txt"],
      ],
    );
  });

  it("prints its help, and exits 1 on a usage error and 2 on a missing file", () => {
    const help = annals(["kb", "--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /usage: annals kb import --format petrarch <file>/);
    const { dir, db } = setup();
    for (const args of [
      ["kb"],
      ["kb", "export"],
      ["kb", "import"],
      ["kb", "import", "--format", "csv", "x.txt"],
      ["kb", "list", "x"],
    ]) {
      const r = annals([...args, "--db", db]);
      assert.equal(r.status, 1, args.join(" "));
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    }
    const missing = annals(["kb", "import", join(dir, "nope.txt"), "--db", db]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /rejected .*nope\.txt: no such file/);
  });
});
