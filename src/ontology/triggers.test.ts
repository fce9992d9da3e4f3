import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tokenize } from "../stages/tokens/tokenize.js";
import { cameoToPlover } from "./cameo.js";
import { PLOVER_TYPES } from "./plover.js";
import { loadTriggerExamples } from "./trigger-examples.js";
import { indexForms, matchTriggers } from "./trigger-match.js";
import { loadTriggers, TriggerDataError, type TriggerRow } from "./triggers.js";

const rows = loadTriggers();
const byId = new Map(rows.map((r) => [r.id, r]));
const index = indexForms(rows);

/** Trigger ids found in a sentence, through the pipeline's own tokenizer. */
function fired(text: string): string[] {
  const tokens = tokenize(text, [{ start: 0, end: text.length, index: 0, furniture: false }]);
  return matchTriggers(
    tokens.map((t) => t.lower),
    rows,
    index,
  ).map((m) => m.row.id);
}

describe("the trigger lexicon", () => {
  it("has rows for all 16 PLOVER types and at least 300 forms", () => {
    for (const type of PLOVER_TYPES)
      assert.ok(
        rows.some((r) => r.type === type),
        type,
      );
    assert.ok(rows.reduce((n, r) => n + r.forms.length, 0) >= 300);
  });

  it("writes each surface form in one row only", () => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      for (const f of r.forms) {
        assert.ok(!seen.has(f), `"${f}" in ${seen.get(f)} and ${r.id}`);
        seen.set(f, r.id);
      }
    }
  });

  it("names the manual's rule wherever the row's type differs from its CAMEO code's", () => {
    for (const r of rows) if (cameoToPlover(r.cameo)?.type !== r.type) assert.ok(r.rule, r.id);
  });
});

describe("PLOVER coding rules in the rows", () => {
  const cases: [string, string, string, string | null][] = [
    ["an invitation is AGREE", "invited", "AGREE", null],
    ["an agreed future meeting is AGREE", "agreed to meet", "AGREE", null],
    ["a cancelled visit is REJECT", "cancelled", "REJECT", "meet"],
    ["a postponed meeting is REJECT", "postponed", "REJECT", "meet"],
    ["'called off' is REJECT", "called off", "REJECT", "meet"],
    ["a phone call is CONSULT phone", "phone call", "CONSULT", "phone"],
    ["spoke by phone is CONSULT phone", "spoke by phone", "CONSULT", "phone"],
    ["shooting down is ASSAULT", "shot down", "ASSAULT", null],
    ["export controls are SANCTION", "export controls", "SANCTION", "discontinue"],
    ["summoning an envoy is ACCUSE", "summoned", "ACCUSE", "disapprove"],
    ["a diplomatic protest is ACCUSE", "lodged a protest", "ACCUSE", "disapprove"],
    ["'called for' is REQUEST", "called for", "REQUEST", null],
    ["joint exercises are COOPERATE", "joint exercises", "COOPERATE", null],
    ["single-country drills are MOBILIZE", "military drills", "MOBILIZE", "troops"],
    ["an arrest warrant is THREATEN arrest", "arrest warrant", "THREATEN", "arrest"],
    ["a declared ceasefire is CONCEDE", "declared a ceasefire", "CONCEDE", null],
  ];
  const rowOf = (form: string): TriggerRow | undefined => rows.find((r) => r.forms.includes(form));
  for (const [name, form, type, mode] of cases) {
    it(name, () => {
      const row = rowOf(form);
      assert.equal(row?.type, type, form);
      assert.equal(row?.mode, mode, form);
    });
  }

  it("reads visits with the visitor as actor and hosting the other way round", () => {
    assert.equal(rowOf("visited")?.frame, "visit");
    assert.equal(rowOf("hosted")?.frame, "host");
    assert.equal(rowOf("held talks")?.frame, "mutual");
    assert.equal(rowOf("urged")?.frame, "directed");
  });

  it("never uses bare 'call' as a trigger", () => assert.equal(rowOf("call"), undefined));

  it("lets a cancellation stand alone over the meeting it cancels", () => {
    assert.deepEqual(fired("The minister cancelled his planned visit to Seoul."), ["reject.cancel.verb"]);
    assert.deepEqual(fired("Both sides postponed the talks indefinitely."), ["reject.postpone.verb"]);
  });
});

describe("examples.jsonl", () => {
  const examples = loadTriggerExamples();
  const positives = examples.filter((e) => e.type !== null);
  const negatives = examples.filter((e) => e.type === null);

  it("gives at least 2 examples per 5 rows of each type, and 20 negatives", () => {
    for (const type of PLOVER_TYPES) {
      const n = rows.filter((r) => r.type === type).length;
      const k = positives.filter((e) => e.type === type).length;
      assert.ok(k * 5 >= n * 2, `${type}: ${k} examples for ${n} rows`);
    }
    assert.ok(negatives.length >= 20);
  });

  for (const e of positives) {
    it(`fires ${e.trigger_id}: ${e.text}`, () => {
      const row = byId.get(e.trigger_id as string);
      assert.ok(row, `unknown trigger ${e.trigger_id}`);
      assert.equal(row.type, e.type);
      assert.ok(fired(e.text).includes(row.id), `fired: ${fired(e.text).join(", ") || "nothing"}`);
    });
  }

  for (const e of negatives) {
    it(`fires nothing: ${e.text}`, () => {
      if (e.trigger_id) assert.ok(byId.has(e.trigger_id), `unknown trigger ${e.trigger_id}`);
      assert.deepEqual(fired(e.text), []);
    });
  }
});

describe("loadTriggers rejects bad data, naming file and row", () => {
  const good = {
    id: "consult.meet.verb",
    type: "CONSULT",
    mode: null,
    cameo: "040",
    pos: "verb",
    forms: ["meet"],
    frame: "mutual",
    status: null,
    note: "X met Y",
  };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["unknown mode", { mode: "teleport" }, /consult\.json row "consult\.meet\.verb": unknown mode "teleport"/],
    ["unknown CAMEO code", { cameo: "999" }, /unknown CAMEO code "999"/],
    ["upper-case form", { forms: ["Meet"] }, /"forms" entry "Meet"/],
    ["empty forms", { forms: [] }, /"forms" must be a non-empty array/],
    ["type from another file", { id: "agree.meet.verb", type: "AGREE" }, /belongs in agree\.json/],
    ["CAMEO of another type without a rule", { cameo: "173" }, /maps to COERCE, not CONSULT/],
    ["misspelt field", { "not-before": ["room"] }, /unknown field "not-before"/],
    ["bad frame", { frame: "sideways" }, /unknown frame/],
  ];
  for (const [name, patch, message] of cases) {
    it(name, () => {
      const dir = mkdtempSync(join(tmpdir(), "annals-triggers-"));
      try {
        writeFileSync(join(dir, "consult.json"), JSON.stringify([{ ...good, ...patch }]));
        assert.throws(
          () => loadTriggers(dir),
          (err: unknown) => err instanceof TriggerDataError && message.test(err.message),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("duplicate ids across rows", () => {
    const dir = mkdtempSync(join(tmpdir(), "annals-triggers-"));
    try {
      writeFileSync(join(dir, "consult.json"), JSON.stringify([good, { ...good, forms: ["meets"] }]));
      assert.throws(() => loadTriggers(dir), /row "consult\.meet\.verb": duplicate id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
