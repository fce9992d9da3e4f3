import { corefStage } from "../stages/coref/stage.js";
import { entitiesStage } from "../stages/entities/stage.js";
import { eventsStage } from "../stages/events/stage.js";
import { languageStage } from "../stages/language/stage.js";
import { quotesStage } from "../stages/quotes/stage.js";
import { rolesStage } from "../stages/roles/stage.js";
import { sentencesStage } from "../stages/sentences/stage.js";
import { timexesStage } from "../stages/timexes/stage.js";
import { tokensStage } from "../stages/tokens/stage.js";
import { createPipeline, type Pipeline } from "./create.js";
import type { Stage } from "./stage.js";

/** The default order, and why. */
export const DEFAULT_STAGES: readonly Stage[] = [
  languageStage, // first: an article in another language is stored but never run through English rules
  sentencesStage, // sentences mark page furniture, which no later stage codes
  tokensStage,
  entitiesStage, // people, countries and organisations, resolved against the knowledge base
  corefStage, // after entities, which it points back at; before quotes, whose speaker may be only "he"
  timexesStage, // dates normalised against the publication date, before events pick theirs
  rolesStage, // roles the text states and since when, read once dates are known
  quotesStage, // quotes before events: a quoted threat is still the speaker's threat
  eventsStage, // last: needs participants, dates and quotes
];

let cached: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(DEFAULT_STAGES);
  return cached;
}
