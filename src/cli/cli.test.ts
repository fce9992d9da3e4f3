import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import { eventRecordSchema } from "../model/schema.js";
import { annals, tempDir } from "../testing/cli.js";

const COMMANDS = [
  "ingest",
  "analyze",
  "docs",
  "events",
  "actors",
  "timeline",
  "relations",
  "export",
  "search",
  "kb",
  "date-undated",
  "worker",
];

describe("annals command line", () => {
  it("prints help for every command and exits 0", () => {
    for (const c of COMMANDS) {
      const r = annals([c, "--help"]);
      assert.equal(r.status, 0, c);
      assert.match(r.stdout, new RegExp(`usage: annals ${c}`));
    }
  });

  it("rejects an unknown command, an unknown flag and a bad value with one line and exit 1", () => {
    for (const args of [
      ["frobnicate"],
      ["events", "--colour"],
      ["events", "--format", "xml"],
      ["events", "--from", "June"],
      ["relations", "CHN"],
    ]) {
      const r = annals(args);
      assert.equal(r.status, 1, args.join(" "));
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it("analyzes one article from stdin with a given date", () => {
    const r = annals(
      ["analyze", "-", "--date", "2023-10-28"],
      "Chinese Foreign Minister Wang Yi held talks with US Secretary of State Antony Blinken in Washington on Thursday.",
    );
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.published, "2023-10-28");
    const talks = out.events.find((e: { event_type: string }) => e.event_type === "CONSULT");
    assert.ok(talks, JSON.stringify(out.events));
    assert.equal(talks.date, "2023-10-26");
    assert.deepEqual(
      talks.actors.map((a: { name: string }) => a.name),
      ["Wang Yi"],
    );
    assert.deepEqual(
      talks.recipients.map((a: { name: string }) => a.name),
      ["Antony Blinken"],
    );
    assert.equal(talks.location.country, "USA");
  });

  it("analyzes a batch in order, echoing ids", () => {
    const lines = [
      { id: "a", text: "Beijing protested on Sunday after the US shot down the balloon.", date: "2023-02-06" },
      { id: "b", text: "Blinken postponed his trip to Beijing." },
    ];
    const r = annals(["analyze", "--batch"], lines.map((l) => JSON.stringify(l)).join("\n"));
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => o.id),
      ["a", "b"],
    );
    assert.equal(out[0].published, "2023-02-06");
    assert.equal(out[1].published, null);
  });

  it("stores good articles from a folder of bad inputs, names each bad one, and exits 2", () => {
    const dir = tempDir();
    const db = join(tempDir(), "store.db");
    writeFileSync(
      join(dir, "good.txt"),
      "date 2023-06-19\n\nBlinken met Qin Gang in Beijing on Sunday, the State Department said.",
    );
    writeFileSync(
      join(dir, "good.html"),
      "<html><head><title>Talks</title><meta property='article:published_time' content='2023-10-27'></head><body><article><p>Wang Yi met Jake Sullivan in Washington on Friday.</p></article></body></html>",
    );
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.from("Le ministre chinois a rencontr\xe9 Blinken \xe0 P\xe9kin.", "latin1"),
    );
    writeFileSync(
      join(dir, "wire.jsonl"),
      [
        JSON.stringify({ id: "w1", date: "2023-11-15", text: "Xi Jinping met Joe Biden in Woodside on Wednesday." }),
        "{not json",
        JSON.stringify({
          id: "w2",
          date: "2024-04-16",
          text: "Lloyd Austin held a video call with Dong Jun on Tuesday.",
        }),
      ].join("\n"),
    );
    writeFileSync(join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a"));
    const r = annals(["ingest", dir, "--db", db, "--quiet"]);
    assert.equal(r.status, 2, r.stderr);
    for (const [name, reason] of [
      ["binary.txt", /binary/],
      ["empty.txt", /empty/],
      ["latin1.txt", /UTF-8/],
      ["wire.jsonl:2", /JSON/],
      ["huge.txt", /MB|large/],
    ] as const) {
      const line = r.stderr.split("\n").find((l) => l.includes(name));
      assert.ok(line, `${name} not named in: ${r.stderr}`);
      assert.match(line, reason);
    }
    const docs = annals(["docs", "--db", db, "--format", "jsonl"]).stdout.trim().split("\n");
    assert.equal(docs.length, 4, docs.join("\n"));
  });

  it("stores the seed articles once however often they are ingested, 3 dated and 2 undated", (t) => {
    const seeds = resolve(process.cwd(), "../shared/seeds");
    if (!existsSync(seeds)) return t.skip("../shared/seeds is not here");
    const db = join(tempDir(), "seeds.db");
    assert.equal(annals(["ingest", seeds, "--db", db]).status, 0);
    const again = annals(["ingest", seeds, "--db", db]);
    assert.equal(again.status, 0);
    assert.match(again.stderr, /0 stored, 5 already stored/);
    const docs = annals(["docs", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(docs.length, 5);
    assert.equal(docs.filter((d) => d.published_at !== null).length, 3);
    const events = annals(["events", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    assert.ok(events.length >= 5, `only ${events.length} events`);
    for (const e of events) eventRecordSchema.parse(e);
  });
});
