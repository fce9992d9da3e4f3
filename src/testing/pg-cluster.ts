import { execFile } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findPgBinaries, type PgBinaries, pgCommand, stopClusterNow } from "./pg-binaries.js";
import { startWatchdog } from "./pg-watchdog.js";

const run = promisify(execFile);

/** A running PostgreSQL server for tests: `url` connects as a superuser to database `postgres`. */
export interface PgCluster {
  url: string;
  stop(): Promise<void>;
}

// Durability is worthless for a throwaway cluster; these make initdb and every commit fast.
const FAST = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"];

/**
 * Starts a throwaway cluster in a new temp folder, on a free 127.0.0.1 port with its unix socket
 * inside that folder, and waits until it accepts connections. As root, the server programs run as
 * the `postgres` user. The cluster is stopped and its folder removed by `stop()`, at process exit,
 * or by a watchdog process if this one is killed.
 *
 * @example const pg = await startPgCluster(); … await pg.stop();
 */
export async function startPgCluster(bin: PgBinaries | null = findPgBinaries()): Promise<PgCluster> {
  if (bin === null) throw new Error("PostgreSQL server programs (initdb, pg_ctl) not found");
  const root = mkdtempSync(join(tmpdir(), "annals-pg-"));
  const dataDir = join(root, "data");
  const sockDir = join(root, "sock");
  mkdirSync(sockDir);
  if (bin.runAs !== null) chownToUser(bin.runAs, [root, sockDir]);
  try {
    await pg(
      bin,
      bin.initdb,
      ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
      root,
    );
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
  const stopWatchdog = startWatchdog(bin, dataDir, root);
  const port = await startServer(bin, dataDir, sockDir, root);
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    stopClusterNow(bin, dataDir);
    rmSync(root, { recursive: true, force: true });
    stopWatchdog();
  };
  process.once("exit", stopSync);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      process.removeListener("exit", stopSync);
      stopSync();
    },
  };
}

/** Starts the server, retrying on another port if the chosen one was taken meanwhile. */
async function startServer(bin: PgBinaries, dataDir: string, sockDir: string, root: string): Promise<number> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const options = ["-c listen_addresses=127.0.0.1", `-p ${port}`, `-k ${sockDir}`, ...FAST.map((o) => `-c ${o}`)];
    try {
      await pg(
        bin,
        bin.pgCtl,
        ["start", "-D", dataDir, "-l", join(root, "server.log"), "-w", "-t", "60", "-o", options.join(" ")],
        root,
      );
      return port;
    } catch (err) {
      lastError = err;
    }
  }
  const log = readLog(join(root, "server.log"));
  rmSync(root, { recursive: true, force: true });
  throw new Error(`PostgreSQL test cluster did not start: ${String(lastError)}\n${log}`);
}

async function pg(bin: PgBinaries, program: string, args: string[], cwd: string): Promise<void> {
  const [cmd, argv] = pgCommand(bin, program, args);
  await run(cmd, argv, { cwd, maxBuffer: 16 * 1024 * 1024 });
}

function chownToUser(user: string, paths: string[]): void {
  const ids = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .find((f) => f[0] === user);
  if (ids === undefined) throw new Error(`OS user ${user} not found: initdb cannot run as root`);
  for (const p of paths) chownSync(p, Number(ids[2]), Number(ids[3]));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readLog(path: string): string {
  try {
    return readFileSync(path, "utf8").slice(-2000);
  } catch {
    return "";
  }
}
