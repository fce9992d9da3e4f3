import assert from "node:assert/strict";
import { once } from "node:events";
import { join } from "node:path";
import { describe, test } from "node:test";
import { annalsAsync, tempDir } from "../testing/cli.js";

describe("annals serve", () => {
  test("prints its address on 127.0.0.1, answers, and stops cleanly on SIGTERM", async () => {
    const child = annalsAsync(["serve", "--port", "0", "--db", join(tempDir(), "serve.db")]);
    let stdout = "";
    child.stdout.setEncoding("utf8");
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: string) => {
        stdout += chunk;
        if (stdout.includes("\n")) resolve(stdout.split("\n")[0] as string);
      });
      child.on("exit", () => reject(new Error("exited before printing its address")));
    });
    const match = /^annals serve: (http:\/\/127\.0\.0\.1:\d+) \(store: sqlite .*serve\.db\)$/.exec(line);
    assert.ok(match, line);
    const health = (await (await fetch(`${match[1]}/api/health`)).json()) as { ok: boolean; documents: number };
    assert.deepEqual([health.ok, health.documents], [true, 0]);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
  });

  test("a bad --port is a usage error", async () => {
    const child = annalsAsync(["serve", "--port", "http"]);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    const [code] = await once(child, "exit");
    assert.equal(code, 1);
    assert.match(stderr, /--port must be a whole number/);
  });
});
