// Character-code classes of ASCII, for the loops that read plain text by hand and leave every other
// script to a Unicode pattern.

/** A–Z. */
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
/** a–z. */
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
/** A–Z or a–z. */
export const isAsciiLetter = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c);
/** 0–9. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A space, tab, line feed, vertical tab, form feed or carriage return. */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
