/**
 * Different finer dates an atom or report dated by year or month alone may link to, at most. A
 * coarse date links to the finer ones under it (`2023-06` to `2023-06-15`) so that a report of "talks
 * in June" can join the talks of the 15th; past this many different dates of its type and
 * participants it names no one of them, and linking them all would make one component of every such
 * report in the year, each new one regrouping them all. Applied where atoms are linked (regroup.ts)
 * and where a save gathers the stored reports to regroup (both stores).
 */
export const NEAR_DATES = 7;
