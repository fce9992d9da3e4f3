import type { Rejection } from "./article.js";
import { decodeWindows1252, isWindows1252 } from "./cp1252.js";
import type { ReadOptions } from "./result.js";
import { firstInvalidUtf8 } from "./utf8.js";

const SAMPLE = 8192;
/** Share of control bytes in the sample above which the input is taken as binary. */
const CONTROL_SHARE = 0.1;

/**
 * Bytes → text with LF line ends, or a Rejection (`empty`, `binary`, `encoding`).
 * BOMs pick UTF-8 / UTF-16; otherwise the bytes must be valid UTF-8, unless `options.encoding` forces one
 * or the markup declares a charset (`<meta charset="windows-1252">`, `<?xml encoding="ISO-8859-1"?>`)
 * that is used only when the bytes are not valid UTF-8.
 *
 * @example decodeBytes(Buffer.from("\uFEFFBEIJING, Jan 2\r\n"), "a.txt") // → "BEIJING, Jan 2\n"
 */
export function decodeBytes(bytes: Uint8Array, origin: string, options: ReadOptions = {}): string | Rejection {
  if (bytes.length === 0) return { origin, code: "empty", reason: "input is empty (0 bytes)" };
  const text = decodeRaw(bytes, origin, options);
  if (typeof text !== "string") return text;
  if (text.trim() === "") return { origin, code: "empty", reason: "input contains only whitespace" };
  return text.replace(/\r\n?/g, "\n");
}

function decodeRaw(bytes: Uint8Array, origin: string, options: ReadOptions): string | Rejection {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom, { ignoreBOM: false }).decode(bytes);
  const binary = binaryReason(bytes);
  if (binary) return { origin, code: "binary", reason: binary };
  if (options.encoding) return decodeAs(options.encoding, bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes);
    if (declared) return decodeAs(declared, bytes);
    const at = firstInvalidUtf8(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    const reason =
      `not valid UTF-8 (byte 0x${byte} at offset ${at}) and no byte-order mark; ` +
      "convert it to UTF-8 or pass --encoding latin1";
    return { origin, code: "encoding", reason };
  }
}

function decodeAs(label: string, bytes: Uint8Array): string {
  return isWindows1252(label) ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
}

function byteOrderMark(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return null;
}

/**
 * Why the first 8 KB look binary (a NUL byte, or many control bytes), or null.
 * @example binaryReason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])) // → "binary content (NUL byte at offset 4), …"
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  const nul = sample.indexOf(0);
  if (nul >= 0) return `binary content (NUL byte at offset ${nul}), not a text article`;
  let controls = 0;
  for (const b of sample) {
    // Tab, LF, VT, FF and CR are text; other C0 bytes and DEL are not.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++;
  }
  if (controls > sample.length * CONTROL_SHARE) {
    return `binary content (${controls} control bytes in the first ${sample.length}), not a text article`;
  }
  return null;
}

/**
 * A non-UTF-8 charset declared by HTML or XML in the first 1 KB, when TextDecoder knows it.
 * @example declaredCharset(Buffer.from('<meta charset="ISO-8859-1">')) // → "windows-1252"
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const found =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  const label = found?.[1]?.toLowerCase();
  if (!label || label === "utf-8" || label === "utf8") return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
