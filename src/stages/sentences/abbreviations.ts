const words = (list: string) => list.trim().split(/\s+/);

/** Abbreviations always followed by a name or number, so never ending a sentence (`Gen. Li`, `No. 2`). */
export const PREFIX_ABBREVIATIONS = new Set(
  words("mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov amb rev hon st mt no nos vs"),
);

/** Words that end with a period without ending a sentence (`Dec. 21`, `Inc.`), prefixes included. */
export const ABBREVIATIONS = new Set([
  ...PREFIX_ABBREVIATIONS,
  ...words(`pres ft etc approx dept est fig inc corp ltd co jr sr jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun al op vol pp ed`),
]);

/** Words that usually open a sentence: after `U.S.` they mark a boundary (`in the U.S. The talks…`). */
export const SENTENCE_OPENERS = new Set(
  words(`the a an he she it they we i this that these those but and in on at as after before meanwhile however
    earlier later last his her their its there both while when since according officials china beijing washington`),
);
