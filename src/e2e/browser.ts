/**
 * Headless Chromium for the end-to-end tests: Debian's `/usr/bin/chromium` (or the one on PATH)
 * driven by playwright-core. No browser is ever downloaded.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Path of a Chromium binary: `ANNALS_CHROMIUM`, `/usr/bin/chromium`, or `which chromium`; null when none. */
export function findChromium(): string | null {
  const candidates = [process.env.ANNALS_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/**
 * Why the browser tests cannot run here, or false when they can. Under CI a missing browser is an
 * error, not a skip: the suite must not pass silently without running.
 */
export function browserSkipReason(): string | false {
  if (findChromium()) return false;
  if (process.env.CI) throw new Error("Chromium not found (CI is set): install Debian's chromium package");
  return "Chromium not found (install chromium or set ANNALS_CHROMIUM)";
}

/** Launches headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found");
  return chromium.launch({ executablePath, args: ARGS });
}
