/**
 * Runs a store's writes one after another within this process. A batch (write-batch.ts) awaits its
 * work inside an open transaction; queued behind it, no other write of this process can slip into
 * that transaction. (Other processes already wait on SQLite's write lock.)
 *
 * @example const write = createWriteQueue(); await write(() => save(bundle));
 */
export function createWriteQueue(): <T>(work: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => T | Promise<T>) => {
    const run = tail.then(work);
    tail = run.catch(() => {});
    return run;
  };
}
