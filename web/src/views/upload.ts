/**
 * `#/upload`: drop article files (or pick them) to ingest them; a progress bar follows the job
 * until it is done, then a summary names every rejected input and why.
 */
import { getJson, postFiles } from "../api.js";
import { el, replace } from "../dom.js";
import { plural } from "../format.js";
import { href } from "../router.js";
import type { IngestAccepted, IngestJobStatus } from "../types.js";
import { showError, type View } from "../view.js";

const POLL_MS = 250;

export const uploadView: View = async (_route, root, signal) => {
  const input = el("input", { type: "file", multiple: true, id: "upload-files", name: "files" });
  const zone = el(
    "label",
    { class: "dropzone", for: "upload-files" },
    el("strong", {}, "Drop article files here"),
    el("span", {}, ".txt .md .html .json .jsonl .xml (RSS/Atom) — or click to choose"),
    input,
  );
  const status = el("div", { class: "upload-status", "aria-live": "polite" });
  replace(root, el("h1", {}, "Upload articles"), zone, status);
  const start = (files: File[]) => {
    if (files.length > 0) void run(files, status, signal).catch((err) => showError(status, err));
  };
  input.addEventListener("change", () => start([...(input.files ?? [])]));
  zone.addEventListener("dragover", (ev) => {
    ev.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    zone.classList.remove("over");
    start([...(ev.dataTransfer?.files ?? [])]);
  });
};

async function run(files: File[], status: HTMLElement, signal: AbortSignal): Promise<void> {
  const size = files.reduce((s, f) => s + f.size, 0);
  const bar = el("progress", { max: 1, value: 0, class: "upload-progress" });
  const line = el("p", { class: "progress-line" }, `Uploading ${plural(files.length, "file")}…`);
  replace(status, bar, line);
  const { job_id } = await postFiles<IngestAccepted>("ingest", files);
  for (;;) {
    const job = await getJson<IngestJobStatus>(`ingest/${encodeURIComponent(job_id)}`, {}, signal);
    const total = job.total_bytes ?? size;
    if (total > 0) bar.value = Math.min(1, job.bytes / total);
    line.textContent = `${plural(job.read, "article")} read, ${job.stored} stored, ${plural(job.events, "event")}`;
    if (job.state !== "running") {
      bar.value = 1;
      replace(status, bar, summary(job));
      status.dataset.state = job.state;
      return;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (signal.aborted) return;
  }
}

function summary(job: IngestJobStatus): HTMLElement {
  const ok = job.state === "done";
  return el(
    "div",
    { class: `upload-summary ${ok ? "ok" : "failed"}` },
    el(
      "p",
      {},
      ok ? "Done: " : `Failed: ${job.error ?? "unknown error"}. `,
      `${plural(job.read, "article")} read, ${job.stored} stored, ${job.duplicates} already stored, `,
      `${job.rejected.length} rejected; ${plural(job.events, "event")}.`,
    ),
    job.rejected.length
      ? el(
          "ul",
          { class: "rejected" },
          ...job.rejected.map((r) => el("li", {}, el("strong", {}, r.origin), `: ${r.reason}`)),
        )
      : null,
    el(
      "p",
      { class: "links" },
      el("a", { href: href(["timeline"]) }, "Open the timeline"),
      el("a", { href: href(["documents"]) }, "Documents"),
    ),
  );
}
