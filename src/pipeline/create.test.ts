import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { LayerName } from "../doc/layers.js";
import { testContext } from "../testing/context.js";
import { createPipeline } from "./create.js";
import { DEFAULT_STAGES } from "./default.js";
import type { Stage } from "./stage.js";

/** A stage that only records that it ran. */
function stage(name: string, requires: LayerName[], provides: LayerName[], log: string[] = []): Stage {
  return { name, requires, provides, run: () => void log.push(name) };
}

describe("createPipeline checks the order once, when built", () => {
  // biome-ignore format: one case per line reads as a table
  const errors: [string, Stage[], string][] = [
    ["a requirement no stage provides", [stage("sentences", [], ["sentences"]), stage("quotes", ["sentences", "entities"], ["quotes"])], 'stage "quotes" requires "entities", which no earlier stage provides'],
    ["a requirement provided only later", [stage("tokens", ["sentences"], ["tokens"]), stage("sentences", [], ["sentences"])], 'stage "tokens" requires "sentences", which no earlier stage provides'],
    ["a stage that requires its own layer", [stage("events", ["events"], ["events"])], 'stage "events" requires "events", which no earlier stage provides'],
    ["two stages that provide the same layer", [stage("sentences", [], ["sentences"]), stage("lines", [], ["sentences"])], 'stages "sentences" and "lines" both provide "sentences"'],
    ["one stage that provides a layer twice", [stage("language", [], ["language", "language"])], 'stages "language" and "language" both provide "language"'],
  ];
  for (const [behaviour, stages, message] of errors) {
    test(`throws on ${behaviour}`, () => assert.throws(() => createPipeline(stages), { message }));
  }

  test("accepts requirements met by any earlier stage", () => {
    const stages = [
      stage("language", [], ["language"]),
      stage("sentences", [], ["sentences"]),
      stage("tokens", ["sentences", "language"], ["tokens"]),
    ];
    assert.deepEqual(
      createPipeline(stages).stages.map((s) => s.name),
      ["language", "sentences", "tokens"],
    );
  });

  test("accepts the default order", () => assert.doesNotThrow(() => createPipeline(DEFAULT_STAGES)));
});

describe("a pipeline run", () => {
  test("runs every stage in order on a fresh document of the text", () => {
    const log: string[] = [];
    const pipeline = createPipeline([stage("a", [], ["language"], log), stage("b", ["language"], ["sentences"], log)]);
    const first = pipeline.run("Wang Yi met Sergei Lavrov.", testContext());
    const second = pipeline.run("Japan protested.", testContext());
    assert.deepEqual(log, ["a", "b", "a", "b"]);
    assert.equal(first.text, "Wang Yi met Sergei Lavrov.");
    assert.equal(second.text, "Japan protested.");
    assert.notEqual(first, second);
  });

  test("passes the run context to each stage", () => {
    const seen: (string | null)[] = [];
    const reader: Stage = {
      name: "dated",
      requires: [],
      provides: [],
      run: (_doc, ctx) => void seen.push(ctx.publishedAt),
    };
    createPipeline([reader]).run("Seoul and Tokyo held talks.", testContext("2023-03-16"));
    assert.deepEqual(seen, ["2023-03-16"]);
  });
});
