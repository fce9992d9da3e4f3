#!/usr/bin/env node
// How fast the web UI shows data over a large store: fills a temp SQLite store with synthetic events
// (1,000 documents × 100 events by default), starts the server, opens the timeline and the relations
// views in headless Chromium and prints the milliseconds from navigation until the view's data is
// drawn (the router's `annals:view-ready` mark), cold and warm, beside the API time of each request.
//   npm run bench:ui -- [--events 100000] [--db kept.db]   (--db keeps the filled store for the next run)
// Needs a build (npm run build) and Chromium (/usr/bin/chromium, or ANNALS_CHROMIUM).
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "../dist/e2e/browser.js";
import { createServer } from "../dist/server/server.js";
import { openStore } from "../dist/store/open.js";

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const total = Number(option("--events") ?? 100_000);
const kept = option("--db");
const PER_DOC = 100;
const COUNTRIES = [
  ["CHN", "China"],
  ["USA", "United States"],
  ["RUS", "Russia"],
  ["GBR", "United Kingdom"],
  ["FRA", "France"],
  ["JPN", "Japan"],
  ["IND", "India"],
  ["DEU", "Germany"],
];
const TYPES = [
  ["CONSULT", "040", "verbal_cooperation", 1],
  ["AGREE", "030", "verbal_cooperation", 3],
  ["AID", "070", "material_cooperation", 7],
  ["ACCUSE", "112", "verbal_conflict", -2],
  ["THREATEN", "130", "verbal_conflict", -4.4],
  ["SANCTION", "163", "material_conflict", -8],
];

/** mulberry32: a small deterministic generator, so every run benches the same store. */
let seed = 42;
const rand = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
};
const pick = (list) => list[rand(list.length)];
const side = ([code, name]) => ({
  actor_id: code,
  name,
  kind: "country",
  country: code,
  sector: "GOV",
  role: null,
  text: name,
});

function bundle(d) {
  const sentences = [];
  const events = [];
  let text = "";
  for (let i = 0; i < PER_DOC; i++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    while (b === a) b = pick(COUNTRIES);
    const [type, cameo, quad, goldstein] = pick(TYPES);
    const day = Date.UTC(2000, 0, 1) + rand(25 * 365) * 86_400_000;
    const date = new Date(day).toISOString().slice(0, 10);
    const line = `${a[1]} and ${b[1]} (${type.toLowerCase()}) on ${date}, report ${d}-${i}. `;
    const start = text.length;
    text += line;
    sentences.push({ index: i, start, end: text.length - 1 });
    const mention = {
      doc_id: "",
      sentence: i,
      start,
      end: text.length - 1,
      text: line.trim(),
      rule: `bench.${type.toLowerCase()}`,
    };
    const event = {
      id: "",
      event_type: type,
      mode: null,
      context: [],
      actors: [side(a)],
      recipients: [side(b)],
      date,
      date_end: null,
      date_basis: "stated",
      status: "reported",
      location: null,
      score: goldstein,
      cameo,
      goldstein,
      quad,
      confidence: 0.9,
      doc_count: 1,
      mentions: [mention],
    };
    events.push({ merge_key: `bench:${d}:${i}`, event });
  }
  const hash = createHash("sha256").update(text).digest("hex");
  return {
    document: {
      content_hash: hash,
      origin: `bench-${d}.txt`,
      title: `Synthetic report ${d}`,
      source: "bench",
      url: null,
      external_id: null,
      published_at: "2024-12-31",
      date_source: "header",
      format: "text",
      language: "en",
      text,
    },
    sentences,
    mentions: [],
    actors: [],
    events,
    messages: [],
  };
}

const dir = mkdtempSync(join(tmpdir(), "annals-bench-ui-"));
const store = await openStore(kept ?? join(dir, "bench.db"));
let t = performance.now();
if ((await store.countEvents()) === 0) {
  for (let d = 0; d < total / PER_DOC; d++) await store.saveDocument(bundle(d));
  console.log(`filled the store in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`${await store.countEvents()} events`);

const app = createServer(store);
const url = await app.listen(0);
const browser = await launchBrowser();
const views = [
  ["timeline", "#/timeline", "timeline?limit=1000"],
  ["timeline CHN,USA", "#/timeline?dyad=CHN,USA", "timeline?dyad=CHN,USA&limit=1000"],
  ["relations CHN,USA by month", "#/relations?a=CHN&b=USA&by=month", "relations?a=CHN&b=USA&by=month"],
];
try {
  for (const [name, hash, apiPath] of views) {
    t = performance.now();
    await (await fetch(`${url}/api/${apiPath}`)).arrayBuffer();
    const apiMs = performance.now() - t;
    const runs = [];
    for (let k = 0; k < 2; k++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}/${hash}`);
      const ms = await page.waitForFunction(
        () => performance.getEntriesByName("annals:view-ready").at(-1)?.startTime, // a function: the CSP forbids eval
        undefined,
        { timeout: 60_000 },
      );
      runs.push(await ms.jsonValue());
      await page.close();
    }
    const [cold, warm] = runs.map((ms) => Math.round(ms));
    console.log(`${name.padEnd(28)} shown in ${cold} ms (again: ${warm} ms); API alone ${Math.round(apiMs)} ms`);
  }
  for (const apiPath of [
    "events?sort=support&limit=50",
    "events?sort=support&dyad=CHN,USA&limit=50",
    "events?sort=support&status=reported&limit=50",
    "events?sort=-date&limit=50",
  ]) {
    t = performance.now();
    await (await fetch(`${url}/api/${apiPath}`)).arrayBuffer();
    console.log(`${`/api/${apiPath}`.padEnd(46)} ${Math.round(performance.now() - t)} ms`);
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
