import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { ActorsPage, EventResponse, HealthResponse } from "../server/api-types.js";
import { type App, api, openView, screenshot, startApp, waitForHash, waitForView } from "./app.js";
import { browserSkipReason } from "./browser.js";

// One walk through the workbench as an analyst would take it, each step starting where the last left.
describe("web workbench in headless Chromium", { skip: browserSkipReason() }, () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  it("ingests the sample corpus through the upload page", async () => {
    await openView(app, "#/upload");
    const files = readdirSync("samples").map((name) => join("samples", name));
    await app.page.setInputFiles("#upload-files", files);
    await app.page.waitForSelector(".upload-status[data-state]", { timeout: 30_000 });
    assert.equal(await app.page.getAttribute(".upload-status", "data-state"), "done");
    const summary = (await app.page.textContent(".upload-summary")) ?? "";
    assert.match(summary, /Done: (\d+) articles read, \1 stored, 0 already stored, 0 rejected/);
    assert.ok(Number(/(\d+) articles read/.exec(summary)?.[1]) >= files.length, "every sample file read");
    await screenshot(app.page, "upload");
  });

  it("shows the CHN–USA timeline grouped by day, each entry linking to its event", async () => {
    await openView(app, "#/timeline?dyad=CHN,USA");
    assert.ok((await app.page.locator(".day-heading").count()) > 3, "day headings");
    assert.ok((await app.page.locator(".entry-link").count()) > 5, "entries");
    assert.equal(await app.page.inputValue('input[name="dyad"]'), "CHN,USA");
    await screenshot(app.page, "timeline");
  });

  it("zooms the timeline out to months and into a range dragged on the brush", async () => {
    const days = await app.page.locator(".day-heading").count();
    await openView(app, "#/timeline?dyad=CHN,USA&zoom=month");
    assert.ok((await app.page.locator(".day-heading").count()) < days, "fewer headings by month");
    const box = await app.page.locator("svg.brush").boundingBox();
    assert.ok(box);
    await app.page.mouse.move(box.x + box.width * 0.6, box.y + 10);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width * 0.99, box.y + 10, { steps: 4 });
    await app.page.mouse.up();
    await waitForHash(app.page, "from=", "to=");
    await waitForView(app.page);
    const from = await app.page.inputValue('input[name="from"]');
    assert.match(from, /^\d{4}-\d{2}$/);
    for (const heading of await app.page.locator(".day-heading").allTextContents()) {
      assert.ok(Number(heading.slice(-4)) >= Number(from.slice(0, 4)), heading);
    }
    await openView(app, "#/timeline?dyad=CHN,USA");
  });

  it("opens an event whose highlighted spans are the document's text at their offsets", async () => {
    await app.page.locator(".entry-link").first().click();
    await waitForView(app.page);
    const id = decodeURIComponent(new URL(app.page.url()).hash.split("/")[2] ?? "");
    const data = await api<EventResponse>(app, `events/${encodeURIComponent(id)}`);
    const doc = data.documents[0];
    assert.ok(doc, "the event has a source document");
    const source = app.page.locator(`article.source[data-doc-id="${doc.doc_id}"]`);
    const marks = await source
      .locator("mark.hl")
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ text: n.textContent, start: Number(n.dataset.start), end: Number(n.dataset.end) })),
      );
    assert.ok(marks.length > 0, "evidence is highlighted");
    for (const m of marks) assert.equal(m.text, doc.text.slice(m.start, m.end));
    const actor = doc.spans.find((s) => s.kind === "actor") ?? doc.spans[0];
    assert.ok(actor);
    const covered = marks.filter((m) => m.start >= actor.start && m.end <= actor.end).map((m) => m.text);
    assert.equal(covered.join(""), doc.text.slice(actor.start, actor.end));
    assert.equal(covered.join(""), actor.text);
    await screenshot(app.page, "event");
  });

  it("draws an actor's roles as bars on a time axis", async () => {
    const { items } = await api<ActorsPage>(app, "actors?q=Blinken");
    const blinken = items.find((a) => a.kind === "person");
    assert.ok(blinken, "Blinken is an actor");
    await openView(app, `#/actors/${encodeURIComponent(blinken.actor_id)}`);
    assert.equal(await app.page.textContent("h1"), blinken.name);
    assert.ok((await app.page.locator(".roles-chart .role-bar").count()) > 0, "role bars");
    assert.ok((await app.page.locator("ul.events .event-row").count()) > 0, "recent events");
    await screenshot(app.page, "actor");
  });

  it("plots CHN–USA relations and lists the events of a clicked point", async () => {
    await openView(app, "#/relations?a=CHN&b=USA&by=month");
    const points = app.page.locator("circle.point");
    assert.ok((await points.count()) > 3, "points");
    await points.nth(2).click();
    await waitForHash(app.page, "period=");
    await waitForView(app.page);
    const rows = app.page.locator(".period-events .event-row");
    assert.ok((await rows.count()) > 0, "events of the period");
    await screenshot(app.page, "relations");
    await rows.first().locator("a").click();
    await waitForView(app.page);
    assert.ok((await app.page.locator("article.source").count()) > 0);
  });

  it("finds articles by full-text search and opens a document with its mentions", async () => {
    await openView(app, "#/search?q=balloon");
    assert.ok((await app.page.locator("ol.hits li").count()) > 0, "hits");
    await screenshot(app.page, "search");
    await app.page.locator(".hit-title").first().click();
    await waitForView(app.page);
    assert.ok((await app.page.locator(".doc-text mark.hl").count()) > 5, "mentions highlighted");
    await screenshot(app.page, "document");
  });

  it("lists events, actors and documents", async () => {
    await openView(app, "#/events?dyad=CHN,USA&type=CONSULT");
    assert.ok((await app.page.locator("ul.events .event-row").count()) > 3);
    await screenshot(app.page, "events");
    await openView(app, "#/actors?kind=person");
    assert.ok((await app.page.locator("table.grid tbody tr").count()) > 10);
    await screenshot(app.page, "actors");
    await openView(app, "#/documents");
    const { documents } = await api<HealthResponse>(app, "health");
    assert.equal(await app.page.locator("table.grid tbody tr").count(), documents);
    await screenshot(app.page, "documents");
  });

  it("keeps the filter form on screen when the API refuses a filter", async () => {
    await openView(app, "#/timeline?from=June");
    assert.match((await app.page.textContent(".error")) ?? "", /from must be a date/);
    assert.equal(await app.page.inputValue('input[name="from"]'), "June");
    // the refused request logs a 400 in the console: expected here, not a page error
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !e.includes("400")));
  });

  it("ran no page errors and opened no dialogs", () => {
    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.dialogs, []);
  });
});
