import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadKnowledgeBase } from "../kb.js";
import { loadFixture } from "./fixture.js";
import { type NameScore, scoreFixture } from "./score.js";

const kb = loadKnowledgeBase();
const score: NameScore = scoreFixture(loadFixture(), kb);
const errors = () => score.errors.map((e) => `${e.name} → ${JSON.stringify(e.resolution)}`).join("\n");

describe("typo-proof resolution: data/eval/name-variants.json against the knowledge base", () => {
  test("has at least 100 variants and 100 near misses naming people the knowledge base holds", () => {
    assert.ok(score.variants >= 100, `${score.variants} variants\n${score.invalid.join("\n")}`);
    assert.ok(score.nearMisses >= 100, `${score.nearMisses} near misses\n${score.invalid.join("\n")}`);
  });
  test("precision is at least 0.97: of the resolutions made, nearly all name the right person", () => {
    assert.ok(score.precision >= 0.97, `precision ${score.precision}\n${errors()}`);
  });
  test("recall is at least 0.90: nearly every variant resolves to its person", () => {
    assert.ok(score.recall >= 0.9, `recall ${score.recall}\n${errors()}`);
  });
  test("no near miss is read as the person it is not", () => assert.equal(score.merged, 0, errors()));
});

describe("scoring", () => {
  const fixture = {
    variants: [
      { variant: "Vang Yi", canonical: "p:wang-yi", context: { countries: ["CHN"], people: [] } },
      { variant: "Qing Gang", canonical: "p:qin-gang", context: { countries: [], people: [] } },
    ],
    nearMisses: [
      { name: "Qian Gang", not: "p:qin-gang", context: { countries: ["CHN"], people: [] } },
      { name: "Wang Yang", not: "p:wang-yi", is: "p:wang-yang", context: { countries: [], people: [] } },
      { name: "Nobody", not: "p:no-such-person", context: { countries: [], people: [] } },
    ],
  };
  const s = scoreFixture(fixture, kb);

  test("counts a resolution right when it names the expected person, exact ones included", () => {
    assert.deepEqual([s.resolved, s.right, s.variantResolved, s.variantRight], [2, 2, 1, 1]);
  });
  test("recall counts the variants resolved: an unsupported one is missed", () => {
    assert.deepEqual([s.variants, s.found, s.recall], [2, 1, 0.5]);
  });
  test("a case naming an actor the knowledge base lacks is left out and reported", () => {
    assert.equal(s.nearMisses, 2);
    assert.match(s.invalid.join(), /p:no-such-person/);
  });
  test("errors list the missed variant, not the near misses left unresolved", () => {
    assert.deepEqual(
      s.errors.map((e) => e.name),
      ["Qing Gang"],
    );
  });
});
