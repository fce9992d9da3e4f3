/** A line of bytes (without its `\n`), or the size of one too long to keep. Lines count from 1. */
export type Line = { lineNo: number; bytes: Buffer } | { lineNo: number; tooLong: number };

/**
 * Splits a byte stream on LF, holding at most `maxBytes` of one line in memory: a longer line is
 * counted and skipped, never buffered (node:readline would buffer it whole). Splitting bytes is safe
 * for UTF-8, where 0x0A never occurs inside a character.
 * @example splitLines(fs.createReadStream("a.jsonl"), 20 * 1024 * 1024) // yields { lineNo: 1, bytes } …
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 1;
  const line = (): Line => (size > maxBytes ? { lineNo, tooLong: size } : { lineNo, bytes: Buffer.concat(parts) });
  const add = (piece: Buffer) => {
    size += piece.length;
    if (size > maxBytes) parts = [];
    else parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      add(buf.subarray(start, nl));
      yield line();
      parts = [];
      size = 0;
      lineNo++;
      start = nl + 1;
    }
    // Copy the tail: the stream may reuse the chunk's memory.
    if (start < buf.length) add(Buffer.from(buf.subarray(start)));
  }
  if (size > 0) yield line();
}
