import type { EntityMention } from "../../doc/layers.js";
import { firstFrom } from "./bisect.js";
import type { Discourse, PersonMention } from "./discourse.js";
import type { Participant } from "./participants.js";
import type { Resolution } from "./resolve-pronoun.js";
import type { CorefCandidate, Want } from "./types.js";

/** Titles of the heads of state or government `the two leaders` stands for. */
const LEADER = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|emir|sultan|leader|counterpart)\b/i;

/** How far back a group looks for its pair, in sentences. */
const WINDOW = 5;

interface Side {
  key: string;
  mention: EntityMention;
  sentence: number;
  person: boolean;
}

/** The first two distinct sides in a list in text order. */
function firstPair(sides: readonly Side[]): Side[] {
  const pair: Side[] = [];
  for (const s of sides) if (!pair.some((p) => p.key === s.key) && pair.length < 2) pair.push(s);
  return pair;
}

/**
 * The pair a group is about. The nearest sentence (the group's own, before it, first) that names
 * two distinct sides gives them, people's sides before other mentions (`Wang Yi held talks with
 * Antony Blinken on the sidelines of the ASEAN meeting` → China and the United States, not ASEAN);
 * failing that, the two most recent distinct sides across the window.
 */
function pairOf(sides: readonly Side[], sentence: number): EntityMention[] {
  for (let s = sentence; s >= sentence - WINDOW; s--) {
    const here = sides.filter((x) => x.sentence === s).reverse(); // text order
    const people = firstPair(here.filter((x) => x.person));
    const pair = people.length === 2 ? people : firstPair(here);
    if (pair.length === 2) return pair.map((x) => x.mention);
  }
  const recent = firstPair(sides); // most recent first
  return recent.length === 2 ? recent.reverse().map((x) => x.mention) : [];
}

/**
 * `the two sides`, `the parties` → the countries or international bodies of the pair in focus;
 * `both countries`, `the two governments` → countries only (an NGO is a side, not a country);
 * `the two leaders`, `both ministers` → the two people. A person stands for a country through the
 * country the article or the knowledge base gives them (the antecedent then points at the person's
 * mention, typed GPE, with a `coref.country-of` rule). Fewer than two sides: no antecedents.
 *
 * @example resolveGroup(theTwoSides, { kind: "group", of: "countries" }, d) // [CHN from "Wang Yi", USA from "Antony Blinken"]
 */
export function resolveGroup(c: CorefCandidate, want: Extract<Want, { kind: "group" }>, d: Discourse): Resolution {
  const sides: Side[] = [];
  if (want.of === "persons") {
    for (let j = firstFrom(d.persons, c.start) - 1; j >= 0; j--) {
      const p = d.persons[j] as PersonMention;
      if (p.sentence < c.sentence - WINDOW) break;
      sides.push({ key: p.key, mention: p.mention, sentence: p.sentence, person: true });
    }
  } else {
    for (let j = firstFrom(d.participants, c.start) - 1; j >= 0; j--) {
      const p = d.participants[j] as Participant;
      if (p.sentence < c.sentence - WINDOW) break;
      if (p.country || want.of === "sides") sides.push(p);
    }
  }
  // "the two presidents": two people the article or the knowledge base calls president, however far
  // back; never two people who are not
  if (c.rule === "coref.group.presidents") {
    const presidents: Side[] = [];
    for (let j = firstFrom(d.persons, c.start) - 1; j >= 0; j--) {
      const p = d.persons[j] as PersonMention;
      const profile = d.profiles.get(p.key);
      const titles = [...(profile?.statedTitles ?? []), ...(profile?.kbTitles ?? []), p.mention.title?.text ?? ""];
      if (titles.some((t) => /\bpresident\b/i.test(t) && !/\bvice\b/i.test(t)))
        presidents.push({ key: p.key, mention: p.mention, sentence: p.sentence, person: true });
    }
    const antecedents = pairOf(presidents, c.sentence);
    return { antecedents, how: antecedents.length === 2 ? "pair-of-presidents" : "no-pair" };
  }
  // "the two leaders": heads of state or government, when two are in sight, before an envoy named between.
  const leaders = c.rule === "coref.group.leaders" ? sides.filter((x) => LEADER.test(x.mention.title?.text ?? "")) : [];
  const led = leaders.length >= 2 ? pairOf(leaders, c.sentence) : [];
  const antecedents = led.length === 2 ? led : pairOf(sides, c.sentence);
  return { antecedents, how: antecedents.length === 2 ? `pair-of-${want.of}` : "no-pair" };
}
