/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes map to themselves, as browsers do). */
const HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";

/**
 * Windows-1252 (and latin1, which WHATWG reads as windows-1252) → string. Node 20's TextDecoder
 * decodes this label as plain ISO-8859-1, turning curly quotes into C1 controls.
 * @example decodeWindows1252(Buffer.from([0x93, 0x68, 0x69, 0x94, 0xe9])) // → "“hi”é"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString("latin1")
    .replace(/[\x80-\x9F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Whether a TextDecoder label means windows-1252: `isWindows1252("latin1")` → true (also iso-8859-1, ascii). */
export function isWindows1252(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === "windows-1252";
  } catch {
    return false;
  }
}
