import { type ModeInfo, PLOVER_MODES, type PloverMode } from "./plover-modes.js";

/**
 * The sixteen PLOVER 2.0 event types, their quad classes and default PLOVER scores.
 *
 * Scores are the manual's "PLOVER conflict–cooperation scores" table (type rows); mode scores live
 * beside the modes in `plover-modes.ts`. Descriptions are annals' own summaries of the manual.
 */
export const QUAD_CLASSES = [
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** PLOVER's numeric `quad_code` (1–4) for each quad class. */
export const QUAD_CODES: Readonly<Record<QuadClass, 1 | 2 | 3 | 4>> = {
  verbal_cooperation: 1,
  material_cooperation: 2,
  verbal_conflict: 3,
  material_conflict: 4,
};

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface PloverTypeInfo {
  readonly description: string;
  readonly quad: QuadClass;
  /** Default PLOVER score (−10…+10) when no mode is known. */
  readonly score: number;
  /** Whether the manual requires a recipient for this type. */
  readonly requiresRecipient: boolean;
  /** The type's modes with their scores (empty for types without modes). */
  readonly modes: Readonly<Record<string, ModeInfo>>;
}

export const PLOVER_EVENT_TYPES: Readonly<Record<PloverType, PloverTypeInfo>> = {
  AGREE: {
    description: "Offers, promises or commitments to cooperate, including invitations and agreed future meetings.",
    quad: "verbal_cooperation",
    score: 2.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.AGREE,
  },
  CONSULT: {
    description: "Meetings, talks, visits and hosting, negotiation and mediation, and calls by phone or video.",
    quad: "verbal_cooperation",
    score: 2.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.CONSULT,
  },
  SUPPORT: {
    description: "Non-material backing: praise, endorsement, recognition, signing or ratifying agreements.",
    quad: "verbal_cooperation",
    score: 5,
    requiresRecipient: false,
    modes: PLOVER_MODES.SUPPORT,
  },
  CONCEDE: {
    description:
      "Verbal concessions with no immediate material effect: easing rules, pardons, apologies, announced retreats.",
    quad: "verbal_cooperation",
    score: 4.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.CONCEDE,
  },
  COOPERATE: {
    description:
      "Mutual material cooperation: economic exchange, joint military exercises, extraditions, shared intelligence.",
    quad: "material_cooperation",
    score: 9.5,
    requiresRecipient: true,
    modes: PLOVER_MODES.COOPERATE,
  },
  AID: {
    description: "Material help that mainly benefits the recipient: money, arms, humanitarian relief, asylum, rescues.",
    quad: "material_cooperation",
    score: 10,
    requiresRecipient: true,
    modes: PLOVER_MODES.AID,
  },
  RETREAT: {
    description:
      "Concessions carried out: releases, withdrawals, disarming, ceasefires observed, access granted, resignations.",
    quad: "material_cooperation",
    score: 6.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.RETREAT,
  },
  REQUEST: {
    description: "Requests, appeals, demands and orders, short of a threat.",
    quad: "verbal_conflict",
    score: 0,
    requiresRecipient: false,
    modes: PLOVER_MODES.REQUEST,
  },
  ACCUSE: {
    // The manual's table prints "3" for the ACCUSE row; every ACCUSE mode scores −2 to −3.5 and the
    // mapped CAMEO codes are −2, so the sign is read as lost and −3 is used.
    description: "Disapproval, criticism, accusations, lawsuits and investigations.",
    quad: "verbal_conflict",
    score: -3,
    requiresRecipient: false,
    modes: PLOVER_MODES.ACCUSE,
  },
  REJECT: {
    description: "Rejections and refusals, including cancelled or postponed meetings and visits.",
    quad: "verbal_conflict",
    score: -2,
    requiresRecipient: false,
    modes: PLOVER_MODES.REJECT,
  },
  THREATEN: {
    description: "Threats and forceful warnings; the mode is what is threatened.",
    quad: "verbal_conflict",
    score: -3.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.THREATEN,
  },
  PROTEST: {
    description: "Collective civil dissent with physical presence: demonstrations, strikes, boycotts, riots.",
    quad: "material_conflict",
    score: -5,
    requiresRecipient: false,
    modes: PLOVER_MODES.PROTEST,
  },
  SANCTION: {
    // The manual's SANCTION section and its summary-by-quad table say material conflict; one later
    // table lists SANCTION with verbal conflict. The section is followed.
    description:
      "Reducing existing relations: sanctions, expulsions, recalled envoys, cut aid, halted talks, convictions.",
    quad: "material_conflict",
    score: -6,
    requiresRecipient: true,
    modes: PLOVER_MODES.SANCTION,
  },
  MOBILIZE: {
    description: "Military or police moves short of force: deployments, alerts, drills, weapons tests.",
    quad: "material_conflict",
    score: -5.5,
    requiresRecipient: false,
    modes: PLOVER_MODES.MOBILIZE,
  },
  COERCE: {
    description:
      "Repression and coercion short of violence: arrests, seizures, bans, curfews, deportations, cyber attacks.",
    quad: "material_conflict",
    score: -7,
    requiresRecipient: false,
    modes: PLOVER_MODES.COERCE,
  },
  ASSAULT: {
    description: "Deliberate acts that can cause serious physical harm: attacks, killings, bombings, abductions.",
    quad: "material_conflict",
    score: -9,
    requiresRecipient: false,
    modes: PLOVER_MODES.ASSAULT,
  },
};

export function isPloverType(value: unknown): value is PloverType {
  return typeof value === "string" && (PLOVER_TYPES as readonly string[]).includes(value);
}

/** The PLOVER quad class of an event type, e.g. `quadOfType("SANCTION")` → `"material_conflict"`. */
export function quadOfType(type: PloverType): QuadClass {
  return PLOVER_EVENT_TYPES[type].quad;
}

/**
 * The PLOVER score of a type, or of a type and mode when the manual scores that mode.
 *
 * @example ploverScore("CONSULT", "visit") // 4
 * @example ploverScore("CONSULT") // 2.5
 */
export function ploverScore(type: PloverType, mode?: PloverMode | null): number {
  const info = PLOVER_EVENT_TYPES[type];
  return (mode ? info.modes[mode]?.score : undefined) ?? info.score;
}
