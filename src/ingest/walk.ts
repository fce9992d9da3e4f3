import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { osReason } from "./result.js";

/** One input to read: a regular file (with its size), standard input, or a path that cannot be read. */
export type InputEntry =
  | { kind: "file"; path: string; size: number }
  | { kind: "stdin" }
  | { kind: "error"; path: string; reason: string };

/**
 * Expands inputs into files: `-` is stdin; a folder is recursed with entries sorted by name, hidden
 * entries (`.name`) skipped and symlink loops cut; a named file is read even when hidden.
 * @example walkInputs(["seeds", "-"]) // yields { kind: "file", path: "seeds/000_….txt", size: 2292 } …, { kind: "stdin" }
 */
export async function* walkInputs(inputs: string[]): AsyncGenerator<InputEntry> {
  for (const input of inputs) {
    if (input === "-") yield { kind: "stdin" };
    else yield* walkPath(input, new Set());
  }
}

async function* walkPath(path: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: "error", path, reason: await statReason(path, error) };
    return;
  }
  if (info.isFile()) {
    yield { kind: "file", path, size: info.size };
  } else if (info.isDirectory()) {
    yield* walkFolder(path, seen);
  } else {
    yield { kind: "error", path, reason: "not a regular file or folder" };
  }
}

async function* walkFolder(path: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    const real = await realpath(path);
    // A symlink back to a folder already being walked would recurse forever.
    if (seen.has(real)) return;
    seen.add(real);
    names = await readdir(path);
  } catch (error) {
    yield { kind: "error", path, reason: osReason(error) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (!name.startsWith(".")) yield* walkPath(join(path, name), seen);
  }
}

/** A dangling symlink is named as such rather than as a missing file. */
async function statReason(path: string, error: unknown): Promise<string> {
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink()) return "broken symbolic link (its target does not exist)";
  return osReason(error);
}
