/**
 * The server under test: `createServer` in-process over a fresh SQLite store in a temp folder,
 * listening on a free port, and a page in headless Chromium that records dialogs and page errors.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createServer } from "../server/server.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { launchBrowser } from "./browser.js";

/** Where screenshots go (gitignored). */
export const ARTIFACTS = "test-artifacts/e2e";

export interface App {
  url: string;
  store: Store;
  browser: Browser;
  page: Page;
  /** Messages of dialogs (alert, confirm…) the page opened: a payload that ran would show here. */
  dialogs: string[];
  /** Uncaught errors in the page and errors logged to its console. */
  errors: string[];
  close(): Promise<void>;
}

/** Starts store, server, browser and one 1280×800 page. */
export async function startApp(): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), "annals-e2e-"));
  const store = await openStore(join(dir, "e2e.db"));
  const server = createServer(store);
  const url = await server.listen(0);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  // failed requests and CSP violations land in the console
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    store,
    browser,
    page,
    dialogs,
    errors,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Navigates to a hash route and waits until the view has drawn its data. */
export async function openView(app: App, hash: string): Promise<void> {
  await app.page.goto(`${app.url}/${hash}`);
  await waitForView(app.page);
}

/**
 * The few page globals the tests read, typed here because the test build has no DOM library.
 * Checks run as functions, never as strings: the server's CSP forbids `eval` in the page.
 */
export interface PageGlobals {
  location: { hash: string };
  document: { querySelector(selector: string): PageElement | null };
  __annalsXss?: unknown;
}
interface PageElement {
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
}

/** Waits until the view of the current URL has drawn its data (the router marks `main` so). */
export async function waitForView(page: Page): Promise<void> {
  const ready = () => {
    const g = globalThis as unknown as PageGlobals;
    const main = g.document.querySelector("main");
    return !!main && main.dataset.hash === g.location.hash && main.getAttribute("aria-busy") === "false";
  };
  await page.waitForFunction(ready, undefined, { timeout: 15_000 });
}

/** Waits until the URL's hash holds every one of `parts`. */
export async function waitForHash(page: Page, ...parts: string[]): Promise<void> {
  await page.waitForFunction(
    (want) => want.every((p) => (globalThis as unknown as PageGlobals).location.hash.includes(p)),
    parts,
  );
}

/** Saves a full-page screenshot as `test-artifacts/e2e/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** GETs JSON from the API under test. */
export async function api<T>(app: App, path: string): Promise<T> {
  const res = await fetch(`${app.url}/api/${path}`);
  if (!res.ok) throw new Error(`GET /api/${path}: ${res.status}`);
  return (await res.json()) as T;
}
