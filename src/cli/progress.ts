import type { IngestSummary } from "../corpus/ingest.js";

/** A one-line progress display on a terminal (stderr), redrawn at most ten times a second. */
export function progressPrinter(
  stream: NodeJS.WriteStream = process.stderr,
): ((s: IngestSummary) => void) & { done(): void } {
  let last = 0;
  let drawn = false;
  const draw = (s: IngestSummary) => {
    const now = performance.now();
    if (!stream.isTTY || now - last < 100) return;
    last = now;
    drawn = true;
    const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "0";
    const width = 24;
    const filled = Math.round(((s.read % 200) / 200) * width);
    const bar = `${"#".repeat(filled)}${".".repeat(width - filled)}`;
    stream.write(`\r[${bar}] ${s.read} read, ${s.stored} stored, ${s.rejected.length} rejected, ${rate} articles/s `);
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
