import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { rawGet, startTestServer, type TestServer } from "./test-fixture.js";

const SECRET = "TOP-SECRET-OUTSIDE-THE-UI";
const INDEX = '<!doctype html><title>ui</title><script src="/app.js"></script>';
const base = mkdtempSync(join(tmpdir(), "annals-static-test-"));
const site = join(base, "site");
const outside = join(base, "outside");

let t: TestServer;
let missing: TestServer;
before(async () => {
  mkdirSync(join(site, "assets"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(site, "index.html"), INDEX);
  writeFileSync(join(site, "app.js"), "console.log('ui');");
  writeFileSync(join(site, "assets", "style.css"), "body{}");
  writeFileSync(join(outside, "secret.txt"), SECRET);
  writeFileSync(join(base, "secret.txt"), SECRET);
  symlinkSync(join(outside, "secret.txt"), join(site, "link.txt"));
  symlinkSync(outside, join(site, "linkdir"));
  t = await startTestServer({ samples: false, uiDir: site });
  missing = await startTestServer({ samples: false, uiDir: join(base, "not-built") });
});
after(async () => {
  await t.stop();
  await missing.stop();
  rmSync(base, { recursive: true });
});

describe("the UI's files", () => {
  const files: [string, number, RegExp, string | null][] = [
    ["/", 200, /^text\/html; charset=utf-8$/, INDEX],
    ["/index.html", 200, /^text\/html/, INDEX],
    ["/app.js", 200, /^text\/javascript; charset=utf-8$/, "console.log('ui');"],
    ["/assets/style.css", 200, /^text\/css/, "body{}"],
    ["/timeline", 200, /^text\/html/, INDEX],
    ["/events/ev_123", 200, /^text\/html/, INDEX],
    ["/missing.js", 404, /^application\/json/, null],
  ];
  for (const [path, status, type, body] of files) {
    test(`${path} → ${status}`, async () => {
      const res = await fetch(t.url + path);
      assert.equal(res.status, status);
      assert.match(res.headers.get("content-type") ?? "", type);
      assert.equal(
        res.headers.get("content-security-policy"),
        "default-src 'self'; script-src 'self'; object-src 'none'",
      );
      const text = await res.text();
      if (body !== null) assert.equal(text, body);
    });
  }

  test("only GET and HEAD", async () => {
    const res = await fetch(`${t.url}/app.js`, { method: "POST" });
    assert.equal(res.status, 405);
    await res.arrayBuffer();
    const head = await fetch(`${t.url}/app.js`, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get("content-length"), "18");
  });

  test("without a build, a plain page says the UI is not built", async () => {
    const res = await fetch(`${missing.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    const text = await res.text();
    assert.match(text, /not built/);
    assert.equal(text.includes("<script"), false);
  });
});

describe("no request path reaches outside the UI folder", () => {
  const attempts = [
    "/../secret.txt",
    "/../outside/secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/outside/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/%252e%252e/secret.txt",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    `/${encodeURIComponent(join(base, "secret.txt"))}`,
    `/${join(outside, "secret.txt")}`,
    "/link.txt",
    "/linkdir/secret.txt",
    "/app.js%00.txt",
    "/%00",
    "/%e0%a4%a",
  ];
  for (const path of attempts) {
    test(path, async () => {
      for (const server of [t, missing]) {
        const r = await rawGet(server.url, path);
        assert.ok([200, 400, 404].includes(r.status), `status ${r.status}`);
        assert.equal(r.body.includes(SECRET), false, "the secret is never returned");
        assert.equal(r.body.includes("root:"), false, "/etc/passwd is never returned");
        if (r.status === 200) assert.ok(r.body === INDEX || r.body.includes("not built"), "a 200 is the UI page only");
      }
    });
  }
});
