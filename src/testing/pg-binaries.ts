import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const DEBIAN_ROOT = "/usr/lib/postgresql";

/** Where the PostgreSQL server programs live, and whether they must run as another OS user. */
export interface PgBinaries {
  initdb: string;
  pgCtl: string;
  /** `postgres` when this process runs as root (initdb refuses root), else null. */
  runAs: string | null;
}

/**
 * Finds `initdb` and `pg_ctl`: the newest `/usr/lib/postgresql/<version>/bin` (Debian's layout),
 * else the PATH. Returns null when PostgreSQL is not installed.
 */
export function findPgBinaries(): PgBinaries | null {
  const dir = newestDebianBin() ?? pathBin();
  if (dir === null) return null;
  const runAs = process.getuid?.() === 0 ? "postgres" : null;
  return { initdb: join(dir, "initdb"), pgCtl: join(dir, "pg_ctl"), runAs };
}

function newestDebianBin(): string | null {
  if (!existsSync(DEBIAN_ROOT)) return null;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((v) => existsSync(join(DEBIAN_ROOT, v, "bin", "initdb")))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] === undefined ? null : join(DEBIAN_ROOT, versions[0], "bin");
}

function pathBin(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir !== "" && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  return null;
}

/** The argv that runs `program args…`, through `runuser` when the binaries need another user. */
export function pgCommand(bin: PgBinaries, program: string, args: string[]): [string, string[]] {
  return bin.runAs === null ? [program, args] : ["runuser", ["-u", bin.runAs, "--", program, ...args]];
}

/** Stops a cluster at once, synchronously (for exit hooks); errors are ignored: it may be gone. */
export function stopClusterNow(bin: PgBinaries, dataDir: string): void {
  const [cmd, args] = pgCommand(bin, bin.pgCtl, ["stop", "-D", dataDir, "-m", "immediate", "-w"]);
  spawnSync(cmd, args, { stdio: "ignore", cwd: "/" });
}
