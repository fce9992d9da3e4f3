import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { SAVE_LOCK } from "../queue/save-ready.js";

// Helpers of the worker end-to-end tests: worker processes and the queue as seen from outside.

/** Polls `sql` (one row, column `n`) until n reaches `at`. */
export async function waitFor(url: string, sql: string, at: number): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (((await query(url, sql))[0]?.n as number) >= at) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${sql} to reach ${at}`);
}

const NOT_SAVING = `NOT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted
                      AND a.application_name = 'annals worker ' || j.worker_id)`;

/**
 * Once some work is done, SIGKILLs a worker that is coding a batch (at least two jobs leased for
 * another second or more, not the one saving), and returns its id and the jobs it still held when
 * it died, none of which it finished. The worker is stopped (SIGSTOP) before the jobs it holds are
 * read again, so it cannot finish one between that reading and the kill; when it finished them all
 * or took the save lock in the moment before it stopped, it goes on and another is looked for.
 */
export async function killOneCoding(
  url: string,
  workers: Map<string, ChildProcess>,
): Promise<{ victim: string; held: string[] }> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const [found] = await query(
      url,
      `SELECT j.worker_id FROM queue_jobs j
        WHERE j.state = 'running' AND j.lease_until > now() + interval '1 second'
          AND (SELECT count(*) FROM queue_jobs WHERE state IN ('analysed', 'done')) >= 20
          AND ${NOT_SAVING}
        GROUP BY j.worker_id HAVING count(*) >= 2
        LIMIT 1`,
      [SAVE_LOCK],
    );
    const victim = found?.worker_id as string | undefined;
    const child = victim === undefined ? undefined : workers.get(victim);
    if (victim === undefined || child === undefined || child.exitCode !== null) {
      await sleep(5);
      continue;
    }
    child.kill("SIGSTOP");
    await sleep(100); // a statement it sent just before stopping is done by now
    const still = await query(
      url,
      `SELECT j.job_id::text AS id FROM queue_jobs j
        WHERE j.worker_id = $2 AND j.state = 'running' AND j.lease_until > now() + interval '300 milliseconds'
          AND ${NOT_SAVING}`,
      [SAVE_LOCK, victim],
    );
    if (still.length === 0) {
      child.kill("SIGCONT");
      continue;
    }
    // Their leases have time left, so no other worker can have taken them before the kill.
    const exit = once(child, "exit");
    child.kill("SIGKILL");
    await exit;
    return { victim, held: still.map((row) => row.id as string) };
  }
  assert.fail("no worker was seen coding a batch");
}

/** Runs one parameterised query on a fresh connection. */
export async function query(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Collects a child's stderr and resolves with it and the exit status when it exits. */
export function exited(child: ChildProcess): Promise<{ status: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  child.stdout?.resume();
  return once(child, "exit").then(([status]) => ({ status: status as number | null, stderr }));
}
