/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all is valid.
 * Used only to explain a decoding failure: `firstInvalidUtf8(Buffer.from([0x63, 0xe9, 0x74]))` → 1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid sequence starting at `i`, or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  // Second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b === 0xe0) [need, lo] = [2, 0xa0];
  else if (b === 0xed) [need, hi] = [2, 0x9f];
  else if (b >= 0xe1 && b <= 0xef) need = 2;
  else if (b === 0xf0) [need, lo] = [3, 0x90];
  else if (b === 0xf4) [need, hi] = [3, 0x8f];
  else if (b >= 0xf1 && b <= 0xf3) need = 3;
  else return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined) return 0;
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (c < min || c > max) return 0;
  }
  return need + 1;
}
