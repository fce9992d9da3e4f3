#!/usr/bin/env node
// Copies the web UI's static files (page, stylesheet, icon) next to its compiled modules in dist/web/
// (tsc -p tsconfig.web.json writes those), so `annals serve` can serve the folder as it is. index.html
// gains a modulepreload link per module: the browser then fetches the whole module graph in one round
// instead of level by level.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const OUT = "dist/web";
const MARKER = "<!-- modulepreload: the build lists every module here, so the browser fetches them at once -->";

function modules(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) modules(path, out);
    else if (entry.name.endsWith(".js")) out.push(`/${relative(OUT, path).split("\\").join("/")}`);
  }
  return out.sort();
}

mkdirSync(OUT, { recursive: true });
for (const name of ["style.css", "favicon.svg"]) copyFileSync(join("web", name), join(OUT, name));
const html = readFileSync("web/index.html", "utf8");
if (!html.includes(MARKER)) throw new Error("web/index.html lost its modulepreload marker");
const links = modules(OUT)
  .filter((m) => m !== "/main.js" && m !== "/types.js")
  .map((m) => `<link rel="modulepreload" href="${m}" />`)
  .join("\n    ");
writeFileSync(join(OUT, "index.html"), html.replace(MARKER, links));
