import type { EventActor } from "../../model/records.js";
import { mergeKey } from "../merge-key.js";
import { type Report, type ReportEvent, reportEvent } from "./reports.js";

/** A resolved person of `country`, for report fixtures. */
export function person(id: string, country: string): EventActor {
  const name = id.replace(/^p:/, "").replace(/-/g, " ");
  return { actor_id: id, name, kind: "person", country, sector: null, role: null, text: name };
}

/** A country as a party, for report fixtures. */
export function place(code: string): EventActor {
  return { actor_id: code, name: code, kind: "country", country: code, sector: null, role: null, text: code };
}

/**
 * A CONSULT report of document `doc` (a meeting; a visit or a call by `mode`), its merge key as
 * the coder gives it, one mention at an offset of its own.
 */
export function report(
  doc: string,
  ord: number,
  fields: Partial<ReportEvent> & Pick<ReportEvent, "actors" | "recipients" | "date">,
): Report {
  const mode = fields.mode ?? null;
  const concept = mode === "visit" ? "consult.visit" : mode === "phone" ? "consult.phone" : "consult.meet";
  const event = {
    id: "",
    event_type: "CONSULT",
    mode,
    context: [],
    date_end: null,
    date_basis: "stated" as const,
    status: "reported" as const,
    location: null,
    score: 1,
    cameo: mode === "visit" ? "042" : mode === "phone" ? "041" : "040",
    goldstein: 1,
    quad: "verbal_cooperation" as const,
    confidence: 0.8,
    doc_count: 1,
    ...fields,
    mentions: [
      { doc_id: doc, sentence: ord, start: ord * 100, end: ord * 100 + 10, text: "met", rule: `${concept}.verb` },
    ],
  };
  return { doc_id: doc, ord, merge_key: mergeKey(event), event: reportEvent(event) };
}
