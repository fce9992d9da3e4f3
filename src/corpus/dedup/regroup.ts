import { packed } from "../../model/packed.js";
import { type Atom, atomsOf, compareAtoms, fits, linkScore } from "./atoms.js";
import { NEAR_DATES } from "./near-dates.js";
import { compareReports, type Report } from "./reports.js";
import { UnionFind } from "./split.js";

/** A canonical event to be: reports that stay together, in canonical order. */
export interface ReportGroup {
  /** The smallest merge key of the group: the event's id and stored key derive from it. */
  merge_key: string;
  /** The smallest merge key of the linked component the group was placed in: what the store reads back by. */
  component: string;
  reports: Report[];
}

/**
 * Groups reports into events as a function of the set alone, whatever order they came in.
 *
 * Reports of one merge key form an atom. Atoms are linked pairwise (atoms.ts: the dedup decision,
 * a shared resolved actor); linked atoms form components, and within a component the atoms are
 * placed one by one in a canonical order (compareAtoms): an atom joins the group it links to most
 * strongly among those whose every member it fits, else starts its own. Joining asks the whole
 * group, not one member: talks with Wang Yi and a meeting with Xi Jinping on one trip both link to
 * the visit's other reports yet never join one another, and reports of two different days stay apart.
 *
 * @example groupReports([meetA, meetB, meetOtherDay]).length // 2
 */
export function groupReports(reports: Report[]): ReportGroup[] {
  const atoms = atomsOf(reports).sort(compareAtoms);
  const uf = new UnionFind(atoms.length);
  const links = atoms.map(() => new Map<number, number>());
  for (let i = 0; i < atoms.length; i++) {
    for (let j = i + 1; j < atoms.length; j++) {
      const s = linkScore(atoms[i] as Atom, atoms[j] as Atom);
      if (s === null) continue;
      links[i]?.set(j, s);
      links[j]?.set(i, s);
    }
  }
  unlinkVague(atoms, links);
  for (const [i, linked] of links.entries()) for (const j of linked.keys()) if (j > i) uf.union(i, j);
  const groups: ReportGroup[] = [];
  for (const members of uf.groups()) {
    const component = packed(members, (m) => (atoms[m] as Atom).merge_key).sort()[0] as string;
    for (const placed of place(members, atoms, links)) {
      const list = packed(placed, (m) => atoms[m] as Atom);
      groups.push({
        merge_key: packed(list, (a) => a.merge_key).sort()[0] as string,
        component,
        reports: list.flatMap((a) => a.reports).sort(compareReports),
      });
    }
  }
  return groups;
}

/**
 * Drops the links of an atom dated by year or month alone to finer-dated atoms when those carry more
 * than NEAR_DATES different dates: it names no one of them ("talks in 2023" beside talks on forty
 * days), and linking them all would join every report of that type and those participants in the
 * year into one component. A function of the set, as the grouping is.
 */
function unlinkVague(atoms: Atom[], links: Map<number, number>[]): void {
  for (const [i, linked] of links.entries()) {
    const date = (atoms[i] as Atom).features.date;
    if (!date || date.length >= 10) continue;
    const finer = [...linked.keys()].filter((j) => ((atoms[j] as Atom).features.date ?? "").length > date.length);
    if (new Set(finer.map((j) => (atoms[j] as Atom).features.date)).size <= NEAR_DATES) continue;
    for (const j of finer) {
      linked.delete(j);
      links[j]?.delete(i);
    }
  }
}

/** Places a component's atoms (indices in canonical order) into groups, complete-link. */
function place(members: number[], atoms: Atom[], links: Map<number, number>[]): number[][] {
  const groups: number[][] = [];
  for (const m of members) {
    const atom = atoms[m] as Atom;
    let best = -1;
    let bestScore = 0;
    groups.forEach((g, k) => {
      let score = 0;
      for (const n of g) {
        if (!fits(atom, atoms[n] as Atom)) return;
        score += (links[m]?.get(n) ?? 0) * (atoms[n] as Atom).weight;
      }
      if (score > bestScore) [best, bestScore] = [k, score];
    });
    if (best >= 0) groups[best]?.push(m);
    else groups.push([m]);
  }
  return groups;
}
