import { spawn } from "node:child_process";
import type { PgBinaries } from "./pg-binaries.js";
import { pgCommand } from "./pg-binaries.js";

// Runs in its own process: polls the test process and, once it is gone (killed by a signal, so no
// exit hook ran), stops the cluster and removes its folder. A normal stop() kills this watchdog.
const WATCHDOG = `
const { spawnSync } = require("node:child_process");
const { rmSync } = require("node:fs");
const [parent, cmd, argsJson, dir] = process.argv.slice(1);
const alive = () => { try { process.kill(Number(parent), 0); return true; } catch { return false; } };
const timer = setInterval(() => {
  if (alive()) return;
  clearInterval(timer);
  spawnSync(cmd, JSON.parse(argsJson), { stdio: "ignore", cwd: "/" });
  rmSync(dir, { recursive: true, force: true });
}, 500);
`;

/**
 * Starts a detached process that stops the cluster in `dataDir` and deletes `root` when this
 * process dies without stopping it. Returns a function that ends the watchdog.
 */
export function startWatchdog(bin: PgBinaries, dataDir: string, root: string): () => void {
  const [cmd, args] = pgCommand(bin, bin.pgCtl, ["stop", "-D", dataDir, "-m", "immediate", "-w"]);
  const child = spawn(process.execPath, ["-e", WATCHDOG, String(process.pid), cmd, JSON.stringify(args), root], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  return () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(child.pid);
      } catch {
        // already gone
      }
    }
  };
}
