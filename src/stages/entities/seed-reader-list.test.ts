import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { describe, it } from "node:test";
import { loadKnowledgeBase } from "../../actors/kb.js";
import { analyze } from "../../analyze.js";
import { readInputs } from "../../ingest/read.js";
import type { EntityType } from "../../model/records.js";

/**
 * The measure of the entities stage on ../shared/seeds: every person, organisation and country a careful
 * reader lists (fixtures/seed-reader-list.json, written by reading the articles) is found with the right
 * type and actor, with at most 3 false spans over the five articles.
 *
 * A PERSON, ORG, GPE, NORP, LOC or FAC span is correct when what it names is on its article's list:
 * - PERSON: the resolved actor's canonical name (the span's text when the actor is new) is a listed person;
 * - ORG: the resolved actor's canonical name, or the span's text, is a listed organisation;
 * - a GPE or NORP that resolves to a country (`China`, `Chinese`, `Beijing` → CHN): the country is listed;
 * - any other GPE, LOC or FAC (a city, a region, a venue): its name or text is a listed place.
 * Names under `also` count as correct without being required. Everything else is a false span.
 */
const SEEDS = resolve(process.cwd(), "../shared/seeds");
const MAX_FALSE_SPANS = 3;

interface ReaderList {
  people: string[];
  organizations: string[];
  countries: string[];
  places: string[];
  also: string[];
}

const lists = JSON.parse(
  readFileSync(new URL("../../../src/stages/entities/fixtures/seed-reader-list.json", import.meta.url), "utf8"),
) as Record<string, ReaderList>;

interface Span {
  type: EntityType;
  text: string;
  actor_id: string | null;
  country?: string | null;
}

const kb = loadKnowledgeBase();
const nameOf = (e: Span) => (e.actor_id ? (kb.get(e.actor_id)?.name ?? e.text) : e.text);
const isCountry = (e: Span) => e.actor_id !== null && kb.get(e.actor_id)?.kind === "country";

/** Whether a span names something on its article's list; TITLE spans are not judged here. */
function isListed(e: Span, list: ReaderList): boolean {
  const also = (name: string) => list.also.includes(name);
  switch (e.type) {
    case "PERSON":
      return list.people.includes(nameOf(e)) || also(nameOf(e));
    case "ORG":
      return [nameOf(e), e.text].some((n) => list.organizations.includes(n) || also(n));
    case "GPE":
    case "NORP":
      if (isCountry(e)) return list.countries.includes(e.country ?? "") || also(e.country ?? "");
      return [nameOf(e), e.text].some((n) => list.places.includes(n) || also(n));
    case "LOC":
    case "FAC":
      return [nameOf(e), e.text].some((n) => list.places.includes(n) || also(n));
    default:
      return true;
  }
}

/** What the reader lists that the article's spans miss, each as `type name`. */
function missing(spans: readonly Span[], list: ReaderList): string[] {
  const people = new Set(spans.filter((e) => e.type === "PERSON").map(nameOf));
  const orgs = new Set(spans.filter((e) => e.type === "ORG").flatMap((e) => [nameOf(e), e.text]));
  const countries = new Set(
    spans.filter((e) => (e.type === "GPE" || e.type === "NORP") && isCountry(e)).map((e) => e.country),
  );
  const places = new Set(spans.filter((e) => !isCountry(e)).flatMap((e) => [nameOf(e), e.text]));
  return [
    ...list.people.filter((n) => !people.has(n)).map((n) => `PERSON ${n}`),
    ...list.organizations.filter((n) => !orgs.has(n)).map((n) => `ORG ${n}`),
    ...list.countries.filter((c) => !countries.has(c)).map((c) => `country ${c}`),
    ...list.places.filter((n) => !places.has(n)).map((n) => `place ${n}`),
  ];
}

describe("entities on the seed articles, against a careful reader's list", () => {
  it("finds everything the reader lists, with at most 3 false spans in all", async (t) => {
    if (!existsSync(SEEDS)) return t.skip("../shared/seeds is not here");
    const misses: string[] = [];
    const falseSpans: string[] = [];
    let articles = 0;
    for await (const r of readInputs([SEEDS])) {
      if (r.kind !== "article") continue;
      const file = basename(r.article.origin);
      const list = lists[file];
      if (!list) continue;
      articles++;
      const spans = analyze(r.article.text, { publishedAt: r.article.publishedAt }).entities as Span[];
      misses.push(...missing(spans, list).map((m) => `${file}: ${m}`));
      for (const e of spans.filter((s) => !isListed(s, list))) falseSpans.push(`${file}: ${e.type} "${e.text}"`);
    }
    assert.equal(articles, Object.keys(lists).filter((k) => !k.startsWith("_")).length, "every listed seed was read");
    assert.deepEqual(misses, [], `missed:\n${misses.join("\n")}`);
    assert.ok(falseSpans.length <= MAX_FALSE_SPANS, `${falseSpans.length} false spans:\n${falseSpans.join("\n")}`);
  });
});
