const words = (list: string) => list.trim().split(/\s+/);

/** Abbreviations always followed by a name or a phrase, so never ending a sentence (`Gen. Li`, `e.g. China`). */
export const PREFIX_ABBREVIATIONS = new Set(
  words("mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov amb rev hon st mt vs e.g i.e cf viz"),
);

/** Abbreviations that end no sentence before a number (`No. 1`, `Art. 5`) but may end one elsewhere (`said no.`). */
export const NUMBER_ABBREVIATIONS = new Set(words("no nos art fig vol pp p"));

/** Words that end with a period without ending a sentence (`Dec. 21`, `Inc.`), prefixes included. */
export const ABBREVIATIONS = new Set([
  ...PREFIX_ABBREVIATIONS,
  ...words(`pres ft etc approx dept est inc corp ltd co jr sr jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun al op ed`),
]);

/** Words that usually open a sentence: after `U.S.` they mark a boundary (`in the U.S. The talks…`). */
export const SENTENCE_OPENERS = new Set(
  words(`the a an he she it they we i this that these those but and in on at as after before meanwhile however
    earlier later last his her their its there both while when since according officials china beijing washington`),
);

/** Words that follow `a.m.`/`p.m.` inside a sentence (`5 p.m. Tuesday`, `9 a.m. EST`); any other capital opens one. */
export const TIME_FOLLOWERS = new Set(
  words(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec et est edt pt pst pdt ct cst gmt utc bst cet cest jst kst ist msk local`),
);
