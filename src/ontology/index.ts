/**
 * The event ontology as typed data: PLOVER 2.0 types, modes, contexts, scores and sectors, the
 * CAMEO codes with Goldstein values and their PLOVER equivalents, and the trigger lexicon loader.
 * Sources and the choices made where they disagree: ./README.md.
 */
export {
  CAMEO_CODES,
  type CameoCode,
  cameoCode,
  cameoToPlover,
  goldstein,
  isCameoCode,
  type PloverEquivalent,
  ploverToCameo,
  quadClassOf,
} from "./cameo.js";
export {
  AUXILIARY_MODES,
  type AuxiliaryMode,
  CONTEXT_NAMES,
  isPloverContext,
  PLOVER_CONTEXTS,
  type PloverContext,
} from "./contexts.js";
export {
  isPloverType,
  PLOVER_EVENT_TYPES,
  PLOVER_TYPES,
  type PloverType,
  type PloverTypeInfo,
  ploverScore,
  QUAD_CLASSES,
  QUAD_CODES,
  type QuadClass,
  quadOfType,
} from "./plover.js";
export { isModeOf, type ModeInfo, type ModeOf, modesOf, PLOVER_MODES, type PloverMode } from "./plover-modes.js";
export {
  isNonStateCode,
  isSector,
  KOSOVO_CODE,
  NON_STATE_ENTITIES,
  type NonStateCode,
  SECTOR_CODES,
  SECTORS,
  type Sector,
} from "./sectors.js";
export { loadTriggerExamples, type TriggerExample } from "./trigger-examples.js";
export { type IndexedForm, indexForms, matchTriggers, type TriggerMatch } from "./trigger-match.js";
export {
  DEFAULT_TRIGGER_DIR,
  loadTriggers,
  TriggerDataError,
  type TriggerFrame,
  type TriggerPos,
  type TriggerRow,
  type TriggerStatus,
} from "./triggers.js";
