import type { LineParser, ParserSink } from "./actor-parser.js";
import { cameoSector } from "./cameo-actor.js";
import { splitCodes } from "./codes.js";
import { createCommentStripper } from "./comments.js";
import type { AgentEntry } from "./types.js";

const SET_DEFINITION = /^!([A-Z]+)!\s*=\s*(.+)$/; // "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
const MARKER = /!([A-Z]+)!/;
const AGENT_CODE = /^(~)?([A-Z]{3,})(~)?$/;

/** `MINISTER_`, `CHIEF EXECUTIVE` → `minister`, `chief executive`. */
function phrase(text: string): string {
  return text
    .replace(/[_\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/** The regular plural PETRARCH derives when a line gives none: `thief` is spelled out, `minister` → `ministers`. */
export function regularPlural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Every phrase a line names once its substitution sets are expanded: `CATTLE!PERSON!` → cattleman, cattlemen, … */
function expand(text: string, sets: ReadonlyMap<string, string[]>): string[] | string {
  const m = MARKER.exec(text);
  if (!m) return [text];
  const members = sets.get(m[1] ?? "");
  if (!members) return `unknown substitution set !${m[1]}!`;
  const out: string[] = [];
  for (const member of members) {
    const rest = expand(text.slice(0, m.index) + member + text.slice(m.index + m[0].length), sets);
    if (typeof rest === "string") return rest;
    out.push(...rest);
  }
  return out;
}

/** One agent line read into an entry (without its line number), or the reason it cannot be. */
function readAgent(text: string, sets: ReadonlyMap<string, string[]>): Omit<AgentEntry, "line"> | string {
  const split = splitCodes(text);
  if (!split.ok) return split.reason;
  if (split.blocks.length !== 1) return split.blocks.length === 0 ? "agent has no code" : "agent has several codes";
  const code = AGENT_CODE.exec((split.blocks[0] ?? "").trim().toUpperCase());
  if (!code || Boolean(code[1]) === Boolean(code[3])) {
    return `"[${split.blocks[0]}]" is not an agent code like [~GOV] or [IGO~]`;
  }
  const braces = /^([^{}]*?)\s*(?:\{([^{}]*)\})?$/.exec(split.text);
  if (!braces) return "plural braces not closed";
  const forms = expand(braces[1] ?? "", sets);
  if (typeof forms === "string") return forms;
  const phrases = [...new Set(forms.map(phrase))].filter(Boolean);
  const noun = phrases[0];
  if (!noun) return "agent has no noun";
  const given = braces[2];
  const plurals =
    given !== undefined ? [phrase(given)] : MARKER.test(braces[1] ?? "") ? [] : phrases.map(regularPlural);
  const agentCode = code[2] ?? "";
  return {
    noun,
    forms: [...new Set([...phrases.slice(1), ...plurals])].filter((f) => f !== "" && f !== noun),
    code: agentCode,
    position: code[1] ? "suffix" : "prefix",
    sector: cameoSector(agentCode),
  };
}

/**
 * Parses a PETRARCH agents dictionary one line at a time: `NOUN {PLURAL} [~CODE]`, where `{}` says
 * the noun has no plural and no braces mean the regular plural; `!SET! = A, B` defines a
 * substitution set that `FOREIGN_!MINIST!` expands. `[~GOV]` appends the agent's code to the
 * actor's, `[IGO~]` puts it first. Malformed lines (no code, `[~ENV}`) go to `sink.skip`.
 *
 * @example
 *   // "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]"
 *   // → { noun: "chamber of commerce", forms: ["chambers of commerce"], code: "BUS", position: "suffix", sector: "BUS" }
 */
export function createAgentParser(file: string, sink: ParserSink<AgentEntry>): LineParser {
  const stripper = createCommentStripper();
  const sets = new Map<string, string[]>();
  let lineNo = 0;
  return {
    line(raw) {
      lineNo++;
      const text = stripper.strip(raw).text.trim();
      if (text === "") return;
      const set = SET_DEFINITION.exec(text);
      if (set) {
        const members = (set[2] ?? "").split(",").map((w) => w.trim());
        sets.set(set[1] ?? "", members.filter(Boolean));
        return;
      }
      const agent = readAgent(text, sets);
      if (typeof agent === "string") sink.skip({ file, line: lineNo, reason: agent, text: raw.trim() });
      else sink.entry({ ...agent, line: lineNo });
    },
    end() {},
  };
}
