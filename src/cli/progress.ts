import type { IngestSummary } from "../corpus/ingest.js";

/** The file an origin comes from: `wire.jsonl:12` → `wire.jsonl`, `feed.xml#item-3` → `feed.xml`. */
function fileOf(origin: string, sizes: ReadonlyMap<string, number>): string {
  if (sizes.has(origin)) return origin;
  return origin.replace(/(?::\d+|#[\w-]+)$/, "");
}

/**
 * A one-line progress bar on a terminal (stderr), redrawn at most ten times a second. `sizes` maps each
 * input file to its size; the bar shows the share of input bytes whose files are done.
 */
export function progressPrinter(
  sizes: ReadonlyMap<string, number> = new Map(),
  stream: NodeJS.WriteStream = process.stderr,
): ((s: IngestSummary) => void) & { done(): void } {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const finished = new Set<string>();
  let doneBytes = 0;
  let currentFile: string | null = null;
  let last = 0;
  let drawn = false;
  const draw = (s: IngestSummary) => {
    const file = s.current ? fileOf(s.current, sizes) : null;
    if (file !== currentFile) {
      if (currentFile && !finished.has(currentFile)) {
        finished.add(currentFile);
        doneBytes += sizes.get(currentFile) ?? 0;
      }
      currentFile = file;
    }
    const now = performance.now();
    if (!stream.isTTY || now - last < 100) return;
    last = now;
    drawn = true;
    const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "0";
    const width = 24;
    const share = total > 0 ? Math.min(1, doneBytes / total) : 0;
    const filled = Math.round(share * width);
    const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
    stream.write(`\r${bar} ${s.read} read, ${s.stored} stored, ${s.rejected.length} rejected, ${rate} articles/s `);
  };
  return Object.assign(draw, {
    done() {
      if (drawn) stream.write("\r\x1b[K");
    },
  });
}

/** The one-line summary printed at the end of an ingest. */
export function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.read / s.seconds) : s.read;
  const mb = (s.bytes / 1e6).toFixed(2);
  return `ingested ${s.read} articles: ${s.stored} stored, ${s.duplicates} already stored, ${s.rejected.length} rejected; ${s.events} events; ${mb} MB in ${s.seconds.toFixed(1)} s (${rate} articles/s)`;
}
