import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DocumentResponse, SearchResponse } from "../server/api-types.js";
import { type App, api, openView, type PageGlobals, screenshot, startApp } from "./app.js";
import { browserSkipReason } from "./browser.js";

// An article is data, never markup: a payload in its title or body must show as the characters it is.
const SCRIPT = "<script>window.__annalsXss = 1; alert('script ran')</script>";
const IMG = `<img src=x onerror="window.__annalsXss = 2; alert('img ran')">`;
const ARTICLE = [
  `title: Payload ${SCRIPT} in a title`,
  "date 2023-06-20",
  "",
  `Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. ${SCRIPT}`,
  `Observers said ${IMG} the talks were candid and constructive.`,
  "",
].join("\n");

/** The page's file-drop constructors, typed here (the test build has no DOM library). */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

const NO_PAYLOAD_RAN = () => (globalThis as unknown as PageGlobals).__annalsXss === undefined;

describe("article text in the workbench is inert", { skip: browserSkipReason() }, () => {
  let app: App;
  let doc: DocumentResponse;
  before(async () => {
    app = await startApp();
    await openView(app, "#/upload");
    // dropped on the drop zone, as a user drags files from a file manager
    const files = [
      { name: "payload.txt", text: ARTICLE },
      { name: "empty.txt", text: "" },
    ];
    const dataTransfer = await app.page.evaluateHandle((list) => {
      const g = globalThis as unknown as DropGlobals;
      const dt = new g.DataTransfer();
      for (const f of list) dt.items.add(new g.File([f.text], f.name, { type: "text/plain" }));
      return dt;
    }, files);
    await app.page.dispatchEvent(".dropzone", "drop", { dataTransfer });
    await app.page.waitForSelector(".upload-status[data-state]", { timeout: 20_000 });
    const { hits } = await api<SearchResponse>(app, "search?q=candid");
    assert.equal(hits.length, 1);
    doc = await api<DocumentResponse>(app, `documents/${hits[0]?.doc_id}`);
  });
  after(async () => {
    await app?.close();
  });

  it("names the rejected input in the upload summary", async () => {
    assert.match((await app.page.textContent("ul.rejected")) ?? "", /empty\.txt: .*empty/);
  });

  it("shows the payload literally on the document page and runs none of it", async () => {
    await openView(app, `#/documents/${doc.document.doc_id}`);
    const text = (await app.page.textContent(".doc-text")) ?? "";
    assert.ok(text.includes(SCRIPT), "the script tag is visible as text");
    assert.ok(text.includes(IMG), "the img tag is visible as text");
    assert.ok(((await app.page.textContent("h1")) ?? "").includes(SCRIPT));
    assert.equal(await app.page.locator("main img, main script").count(), 0);
    assert.equal(await app.page.evaluate(NO_PAYLOAD_RAN), true);
    await screenshot(app.page, "xss-document");
  });

  it("shows the payload literally beside the evidence on the event page", async () => {
    const event = doc.events[0];
    assert.ok(event, "the article has an event");
    await openView(app, `#/events/${event.id}`);
    const text = (await app.page.textContent("article.source .doc-text")) ?? "";
    assert.ok(text.includes(SCRIPT) && text.includes(IMG));
    assert.equal(await app.page.locator("main img, main script").count(), 0);
    assert.equal(await app.page.evaluate(NO_PAYLOAD_RAN), true);
    await screenshot(app.page, "xss-event");
  });

  it("opened no dialog", () => {
    assert.deepEqual(app.dialogs, []);
    assert.deepEqual(app.errors, []);
  });
});
