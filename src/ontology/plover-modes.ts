import type { PloverType } from "./plover.js";

export interface ModeInfo {
  readonly description: string;
  /** The manual's score for this type and mode; null where the manual lists the mode without a score. */
  readonly score: number | null;
}

/**
 * PLOVER 2.0 modes ("how") per event type, with the manual's type–mode scores.
 * REQUEST and REJECT share one mode set, as the manual says. AGREE, SUPPORT, CONCEDE, COOPERATE
 * and AID have no modes.
 */
export const PLOVER_MODES = {
  AGREE: {},
  CONSULT: {
    visit: { score: 4, description: "the actor travels to the recipient, who hosts" },
    "third-party": { score: 1, description: "the meeting is hosted by someone else" },
    multilateral: {
      score: 4,
      description: "the meeting takes place in an alliance, IGO or other multilateral setting",
    },
    phone: { score: 1.5, description: "the exchange is remote: telephone, video or other media" },
  },
  SUPPORT: {},
  CONCEDE: {},
  COOPERATE: {},
  AID: {},
  RETREAT: {
    withdraw: { score: 8, description: "forces leave an area or territory" },
    release: { score: 6.5, description: "captives are set free" },
    disarm: { score: 10, description: "weapons are given up or forces demobilised" },
    ceasefire: { score: 7.5, description: "a ceasefire is put into practice" },
    access: { score: 6.5, description: "observers, peacekeepers or aid workers are let in" },
    resign: { score: 4.5, description: "an official leaves office" },
  },
  REQUEST: {
    assist: { score: 0.5, description: "for exchange, relations or help of any kind" },
    change: { score: -1, description: "for a change of policy, leaders or institutions" },
    yield: { score: -1, description: "for releases, lifted sanctions or curfews, ceasefires" },
    meet: { score: 0, description: "for meetings or negotiations" },
  },
  ACCUSE: {
    disapprove: { score: -2, description: "criticism, condemnation, complaints, diplomatic protests" },
    investigate: { score: -3.5, description: "inquiries of any kind: judicial, political, commissions" },
    allege: { score: -3.5, description: "accusations, formal or not; charges, indictments, lawsuits, trials" },
  },
  REJECT: {
    assist: { score: -1.5, description: "refusing exchange, relations or help" },
    change: { score: -2, description: "refusing a change of policy, leaders or institutions" },
    yield: { score: -2, description: "refusing releases, lifted sanctions or curfews, ceasefires" },
    meet: { score: -2, description: "refusing, cancelling or putting off meetings or negotiations" },
  },
  THREATEN: {
    restrict: { score: -3, description: "to restrict movement or trade: boycotts, blockades, curfews, bans" },
    arrest: { score: -3.5, description: "to arrest, detain or imprison (including warrants issued in absentia)" },
    relations: { score: -3.5, description: "to suspend relations, talks or negotiations" },
    expel: { score: -3.5, description: "to expel diplomats, peacekeepers or NGOs" },
    territory: { score: -4, description: "to occupy or seize territory" },
    violence: { score: -3.5, description: "to use violence or force" },
  },
  PROTEST: {
    demo: { score: -5, description: "an organised, largely peaceful demonstration" },
    riot: { score: -7, description: "a violent riot meant to injure or damage" },
    strike: { score: -5, description: "workers leave their workplaces" },
    hunger: { score: -4.5, description: "a hunger strike" },
    boycott: { score: -4.5, description: "commercial or social relations are withdrawn" },
    obstruct: { score: -4.5, description: "passage or access is blocked" },
    // Listed in the manual's mode table but absent from its score table: the type score applies.
    vandalize: { score: null, description: "property is damaged as a symbolic act" },
  },
  SANCTION: {
    convict: { score: -6, description: "a court or tribunal finds guilty or liable" },
    expel: { score: -5.5, description: "an entity is put out of a group, party or country (diplomats included)" },
    withdraw: { score: -6, description: "the actor pulls itself or its non-military resources out" },
    discontinue: { score: -6, description: "exchanges are cut or ended, including international sanctions" },
  },
  MOBILIZE: {
    troops: { score: -6.5, description: "armed personnel or units" },
    weapons: { score: -6.5, description: "weapons systems, ships or vehicles made ready" },
    police: { score: -5.5, description: "police or security units" },
    militia: { score: -6, description: "a non-state armed group" },
  },
  COERCE: {
    seize: { score: -7, description: "searches, raids, confiscations" },
    restrict: { score: -7, description: "limits on political freedom or movement, cordons, bans from political life" },
    censor: { score: -6.5, description: "publications or information blocked or banned" },
    curfew: { score: -6.5, description: "a curfew" },
    "martial-law": { score: -7.5, description: "a state of emergency or martial law" },
    arrest: { score: -7, description: "arrests and detentions" },
    deport: { score: -7, description: "individuals expelled or deported" },
    withhold: { score: -7, description: "power, water, internet, food or medicine cut off" },
    misinformation: { score: -6.5, description: "deception and manipulation campaigns" },
    cyber: { score: -7, description: "hacking, breaches, attacks on websites" },
  },
  ASSAULT: {
    abduct: { score: -8.5, description: "kidnapping, hijacking, capture of combatants" },
    beat: { score: -7.5, description: "blows by hand or blunt instrument" },
    torture: { score: -8.5, description: "torture" },
    sexual: { score: -8.5, description: "sexual violence" },
    targeted: { score: -9.5, description: "assassinations, executions, killings of the defenceless" },
    destroy: { score: -8.5, description: "deliberate destruction of property" },
    primitive: { score: -8, description: "fire, blades, rocks and similar" },
    firearms: { score: -9, description: "rifles, pistols, light machine guns" },
    explosives: { score: -9, description: "mines, IEDs, car bombs: explosives outside heavy weapons" },
    "suicide-attack": { score: -9.5, description: "suicide attacks on foot or by vehicle" },
    aerial: { score: -9.5, description: "manned aircraft and helicopters" },
    drone: { score: -9.5, description: "unmanned aerial vehicles" },
    "heavy-weapons": { score: -9.5, description: "artillery, rockets, missiles, armour" },
    "crowd-control": { score: -7.5, description: "tear gas, water cannon, baton charges and other less-lethal means" },
    unconventional: { score: -10, description: "chemical, biological, radiological or nuclear weapons" },
  },
} as const satisfies Record<PloverType, Record<string, ModeInfo>>;

/** The modes of one type, e.g. `ModeOf<"CONSULT">` = `"visit" | "third-party" | "multilateral" | "phone"`. */
export type ModeOf<T extends PloverType> = keyof (typeof PLOVER_MODES)[T] & string;
export type PloverMode = { [T in PloverType]: ModeOf<T> }[PloverType];

/** The mode names of a type, in the manual's order. */
export function modesOf<T extends PloverType>(type: T): ModeOf<T>[] {
  return Object.keys(PLOVER_MODES[type]) as ModeOf<T>[];
}

/** Whether `mode` is one of the modes of `type`, e.g. `isModeOf("CONSULT", "phone")` → true. */
export function isModeOf(type: PloverType, mode: unknown): mode is PloverMode {
  return typeof mode === "string" && Object.hasOwn(PLOVER_MODES[type], mode);
}
