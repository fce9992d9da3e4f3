#!/usr/bin/env node
// Copies the web UI's static files (web/index.html, web/style.css) next to its compiled modules in
// dist/web/ (tsc -p tsconfig.web.json writes those), so `annals serve` can serve the folder as it is.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("dist/web", { recursive: true });
for (const name of ["index.html", "style.css"]) copyFileSync(`web/${name}`, `dist/web/${name}`);
