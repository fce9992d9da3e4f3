import type { QuoteMention } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";
import type { Stage } from "../../pipeline/stage.js";
import { findAccordingTo } from "./according-to.js";
import { type SpeechInput, sentenceBounds } from "./content.js";
import { findQuoteSpans } from "./find-quotes.js";
import { clipToQuotes, distinctQuotes } from "./refine.js";
import { findVerbSpeech } from "./reported.js";
import { findSpeakerAfter } from "./said-after.js";
import { attributeSpeaker } from "./speaker.js";
import { SpeakerIndex } from "./speakers.js";

/**
 * Quotes with their speakers: direct quotations between quotation marks, and reported speech
 * (`Wang said that …`, `according to the ministry, …`, `…, Lavrov said`). A speaker given only as
 * `he` or `the minister` is who the coref layer resolved it to. Quotes come before events: a quoted
 * threat is still the speaker's threat.
 *
 * @example quotesStage.run(doc, ctx); doc.get("quotes") // [{ kind: "reported", text: "Moscow was ready", speaker: Lavrov, … }]
 */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["sentences", "tokens", "entities", "coref"],
  provides: ["quotes"],
  run(doc) {
    const sentences = doc.get("sentences");
    const tokens = doc.get("tokens");
    const speakers = new SpeakerIndex(doc.get("entities"), doc.get("coref"), doc.text);
    const direct: QuoteMention[] = packed(findQuoteSpans(doc.text), (span) => ({
      start: span.start,
      end: span.end,
      text: doc.slice(span),
      kind: "direct",
      speaker: attributeSpeaker(span, doc.text, sentences, speakers),
      rule: "quotes.direct",
    }));
    const input: SpeechInput = { text: doc.text, tokens, bounds: sentenceBounds(tokens), speakers };
    const speech = [...findVerbSpeech(input), ...findAccordingTo(input), ...findSpeakerAfter(input)];
    doc.set("quotes", distinctQuotes([...direct, ...clipToQuotes(speech, direct, doc.text)]));
  },
};
