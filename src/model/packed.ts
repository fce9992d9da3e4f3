/**
 * A copy of `items` (through `fn`, when given) as a packed array of objects, however it was made.
 * V8 gives arrays of one role different classes by how they were made: `map` makes a holey array
 * when its caller is optimised and a packed one when not, an empty `map` or literal that never held an
 * object holds small integers. Each class a reader has not seen undoes its compiled code
 * (docs/performance.md); an array pushed into from a literal is always the one class.
 *
 * @example packed(entities.filter(isPerson)) // same elements, one array class
 */
export function packed<T>(items: readonly T[]): T[];
export function packed<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[];
export function packed<T, U>(items: readonly T[], fn?: (item: T, index: number) => U): (T | U)[] {
  const out: (T | U)[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn ? fn(items[i] as T, i) : (items[i] as T));
  return out;
}
