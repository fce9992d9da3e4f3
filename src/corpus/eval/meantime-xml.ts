import { Parser } from "htmlparser2";

/** One MEANTIME (CAT XML) document, as far as event dedup needs it. */
export interface RawDoc {
  docId: string;
  tokens: Map<string, string>;
  events: { mId: string; pred: string; pos: string; tokens: string[] }[];
  /** Markable m_id → TIMEX3 value / type / function. */
  timexes: Map<string, { value: string; type: string; creation: boolean }>;
  /** Instance markables (EVENT / ENTITY tags): m_id → instance_id, kind, entity type, external ref. */
  instances: Map<string, { id: string; kind: "EVENT" | "ENTITY"; entType: string; ref: string }>;
  participants: { source: string; target: string; role: string }[];
  tlinks: { source: string; target: string; rel: string }[];
  /** REFERS_TO: mention m_ids → instance markable m_id. */
  refersTo: { sources: string[]; target: string }[];
}

/**
 * Parse one MEANTIME XML string (markables, HAS_PARTICIPANT, TLINK, REFERS_TO).
 * @example parseMeantime('<Document doc_id="1"><Markables/></Document>').docId // "1"
 */
export function parseMeantime(xml: string): RawDoc {
  const doc: RawDoc = {
    docId: "",
    tokens: new Map(),
    events: [],
    timexes: new Map(),
    instances: new Map(),
    participants: [],
    tlinks: [],
    refersTo: [],
  };
  let tokenId: string | null = null;
  let mention: RawDoc["events"][number] | null = null;
  let relation: { tag: string; attrs: Record<string, string>; sources: string[]; target: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === "Document") doc.docId = a.doc_id ?? "";
        else if (name === "token") tokenId = a.t_id ?? null;
        else if (name === "EVENT_MENTION" && a.m_id) {
          mention = { mId: a.m_id, pred: a.pred ?? "", pos: a.pos ?? "", tokens: [] };
          doc.events.push(mention);
        } else if (name === "token_anchor" && mention && a.t_id) mention.tokens.push(a.t_id);
        else if (name === "TIMEX3" && a.m_id)
          doc.timexes.set(a.m_id, {
            value: a.value ?? "",
            type: a.type ?? "",
            creation: a.functionInDocument === "CREATION_TIME",
          });
        else if ((name === "EVENT" || name === "ENTITY") && a.m_id && a.instance_id)
          doc.instances.set(a.m_id, {
            id: a.instance_id,
            kind: name,
            entType: a.ent_type ?? "",
            ref: a.external_ref ?? "",
          });
        else if (name === "HAS_PARTICIPANT" || name === "TLINK" || name === "REFERS_TO")
          relation = { tag: name, attrs: a, sources: [], target: "" };
        else if (name === "source" && relation && a.m_id) relation.sources.push(a.m_id);
        else if (name === "target" && relation && a.m_id) relation.target = a.m_id;
      },
      ontext(text) {
        if (tokenId) doc.tokens.set(tokenId, (doc.tokens.get(tokenId) ?? "") + text);
      },
      onclosetag(name) {
        if (name === "token") tokenId = null;
        else if (name === "EVENT_MENTION") mention = null;
        else if (relation && name === relation.tag) {
          const r = relation;
          relation = null;
          const source = r.sources[0] ?? "";
          if (r.tag === "REFERS_TO") doc.refersTo.push({ sources: r.sources, target: r.target });
          else if (r.tag === "TLINK") doc.tlinks.push({ source, target: r.target, rel: r.attrs.reltype ?? "" });
          else doc.participants.push({ source, target: r.target, role: r.attrs.sem_role ?? "" });
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return doc;
}
