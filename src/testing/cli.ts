import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The compiled CLI entry point, for end-to-end tests. */
export const CLI = new URL("../cli/main.js", import.meta.url).pathname;

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `annals <args>` synchronously with optional stdin. */
export function annals(args: string[], input?: string): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `annals <args>` in the background. */
export function annalsAsync(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

export function tempDir(prefix = "annals-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const LEADERS = [
  ["Antony Blinken", "Secretary of State", "Wang Yi", "Foreign Minister"],
  ["Janet Yellen", "Treasury Secretary", "He Lifeng", "Vice Premier"],
  ["Lloyd Austin", "Defense Secretary", "Dong Jun", "Defense Minister"],
  ["Gina Raimondo", "Commerce Secretary", "Wang Wentao", "Commerce Minister"],
] as const;

/**
 * Writes `n` distinct, realistic short articles (invented for tests) into a folder and returns it.
 * Each article differs in its day and a serial number, so each has its own content hash.
 */
export function writeArticles(n: number, dir = tempDir("annals-articles-")): string {
  for (let i = 0; i < n; i++) {
    const [us, usTitle, cn, cnTitle] = LEADERS[i % LEADERS.length] as (typeof LEADERS)[number];
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const date = `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const text = [
      `date ${date}`,
      `title: ${us} and ${cn} hold talks (bulletin ${i})`,
      "",
      `US ${usTitle} ${us} met Chinese ${cnTitle} ${cn} in Beijing on ${date}, bulletin number ${i} reported.`,
      `The two officials discussed trade, climate and military communication channels.`,
      `${cn} urged Washington to lift restrictions on Chinese companies, while ${us.split(" ")[1]} said the talks were candid.`,
    ].join("\n");
    writeFileSync(join(dir, `article-${String(i).padStart(5, "0")}.txt`), text);
  }
  return dir;
}
