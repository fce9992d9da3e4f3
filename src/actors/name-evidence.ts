import type { KbActor } from "./kb-types.js";
import type { NameContext } from "./resolve.js";
import { titleFit } from "./title-fit.js";

/** What the article says for one candidate: a weight and the reasons behind it. */
export interface Evidence {
  score: number;
  reasons: string[];
}

/**
 * Weighs the article's support for reading a mention as a known person (`surname` normalised):
 * - 3: a title naming a role the person held on the article's date (`Foreign Minister Qing Gang`, 2023);
 * - 2: a title naming one of their roles in an undated article; their surname written right elsewhere
 *   in the article, outside the mention itself (`Blinken` beside `Antony Bilnken`);
 * - 1: a title naming an office many hold at once (`minister`, `ambassador`) that fits one of their
 *   roles; their country in the article (its places, demonyms, or the people it names);
 * - 0: a title naming a role they held only at another time (a 1991 `President George H. W. Bush` is
 *   not his son), which says nothing for them;
 * - −1: a title naming an office they never held (`journalist Qian Gang` is not Qin Gang).
 */
export function weighEvidence(actor: KbActor, surname: string, ctx: NameContext, own: ReadonlySet<string>): Evidence {
  const found: Evidence = { score: 0, reasons: [] };
  const add = (score: number, reason: string | null) => {
    found.score += score;
    if (reason) found.reasons.push(reason);
  };
  const fit = titleFit(ctx.title, actor.roles, ctx.date);
  if (fit === "on-date") add(3, `title "${ctx.title}"`);
  else if (fit === "undated") add(2, `title "${ctx.title}"`);
  else if (fit === "loose") add(1, `title "${ctx.title}"`);
  else if (fit === "conflict") add(-1, null);
  if (ctx.articleWords.has(surname) && !own.has(surname)) add(2, `surname "${surname}" in the article`);
  if (actor.country && ctx.countries.has(actor.country)) add(1, `country ${actor.country} in the article`);
  return found;
}
