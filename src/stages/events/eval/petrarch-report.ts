/**
 * Whether a 2-digit root is one of CAMEO's twenty (`01`–`20`); the unit tests also use made-up
 * codes (`903`, `345`) to test verb synsets, which no real coder can produce.
 */
export function isCameoRoot(root: string): boolean {
  const n = Number(root);
  return /^\d{2}$/.test(root) && n >= 1 && n <= 20;
}
