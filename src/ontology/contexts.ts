/**
 * PLOVER 2.0 general contexts ("why"): any number may tag an event of any type. The manual expects
 * them to be read at paragraph or document level rather than from the trigger sentence.
 */
export const PLOVER_CONTEXTS = {
  military: "state armed forces and military assistance (not militias, police or rebels)",
  intelligence: "state intelligence services and the gathering of information",
  executive: "executives, their agencies, families and cabinets",
  legislative: "parliaments, lawmakers, legislative debate and coalitions",
  election: "elections and campaigns",
  political_institutions: "changes to, or unusual dealings between, formal political bodies and parties",
  pro_democracy: "steps toward democratisation",
  pro_autocracy: "steps toward autocratisation",
  economic: "trade, finance, development, growth, inflation, monetary policy",
  legal: "courts, the judiciary, national and international law",
  reparations: "compensation for past harm",
  human_rights: "human rights in general",
  rights_freedoms: "civil and political rights: speech, press, assembly",
  repression: "forceful repression by security forces",
  human_security: "access to water, food, housing, energy and land",
  gender: "gender, women's issues, reproductive rights",
  lgbt: "LGBTQ issues",
  religion_ethnicity: "religious, ethnic, caste or language issues",
  inequality: "unequal distribution of resources and opportunity",
  diplomatic: "diplomacy, international or domestic",
  territory: "territorial disputes, rebellions over territory, forced displacement",
  peacekeeping: "peacekeeping, usually multilateral",
  health: "public health and disease",
  asylum: "seeking or granting asylum",
  migration: "migration, refugees and displaced people",
  disasters: "natural disasters, accidents and spills",
  natural_resource: "extraction, trade and depletion of natural resources",
  environment: "pollution, climate and environmental policy or protest",
  technology: "technological development and high-tech industry",
  terrorism: "terrorist groups and counter-terrorism",
  cbrn: "chemical, biological, radiological and nuclear weapons",
  cyber: "cyber attacks, cyber security and cyber crime",
  misinformation: "misinformation, influence operations, fake news",
  crime: "crime and criminals not covered by a narrower context",
  corruption: "abuse of public office: bribery, cronyism, nepotism",
  illegal_drugs: "illegal drug production, trade and possession",
  trafficking: "smuggling and trafficking of people, drugs, arms or goods",
} as const;

export type PloverContext = keyof typeof PLOVER_CONTEXTS;
export const CONTEXT_NAMES = Object.keys(PLOVER_CONTEXTS) as PloverContext[];

export function isPloverContext(value: unknown): value is PloverContext {
  return typeof value === "string" && Object.hasOwn(PLOVER_CONTEXTS, value);
}

/**
 * The manual's auxiliary modes: whether a report is historical, planned, hypothetical or denied.
 * The manual leaves them to the coding engine; annals carries the last three as the event `status`.
 */
export const AUXILIARY_MODES = {
  historical: "happened well before the report",
  future: "planned or expected",
  hypothetical: "conditional or imagined",
  negation: "reported as not having happened",
} as const;
export type AuxiliaryMode = keyof typeof AUXILIARY_MODES;
