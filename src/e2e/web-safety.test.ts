import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

// The web UI puts article text into the DOM as text only, and loads nothing from elsewhere.
const WEB = fileURLToPath(new URL("../../web/", import.meta.url));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\binnerHTML\b/, "innerHTML"],
  [/\bouterHTML\b/, "outerHTML"],
  [/\binsertAdjacentHTML\b/, "insertAdjacentHTML"],
  [/\bcreateContextualFragment\b/, "createContextualFragment"],
  [/\bdocument\.write/, "document.write"],
  [/\beval\s*\(/, "eval"],
  [/\bnew\s+Function\s*\(/, "new Function"],
  [/\bsetTimeout\s*\(\s*["'`]/, "setTimeout with a string"],
  [/\bDOMParser\b/, "DOMParser"],
];

describe("web UI source safety", () => {
  const sources = files(WEB).filter((f) => f.endsWith(".ts"));

  it("finds the UI's sources", () => {
    assert.ok(sources.length > 10, WEB);
  });

  for (const [pattern, name] of FORBIDDEN) {
    it(`never uses ${name}`, () => {
      const hits = sources.filter((f) => pattern.test(readFileSync(f, "utf8")));
      assert.deepEqual(hits, []);
    });
  }

  it("has no inline script and no third-party URL in index.html or the stylesheet", () => {
    const html = readFileSync(join(WEB, "index.html"), "utf8");
    const css = readFileSync(join(WEB, "style.css"), "utf8");
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\/[^/]/, tag);
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, "no inline event handlers");
    assert.doesNotMatch(`${html}\n${css}`, /(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i, "no external resource");
  });
});
