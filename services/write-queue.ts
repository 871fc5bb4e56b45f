/**
 * A serial write queue with batching, for the background's single writers. Every job starts
 * after the previous one finished, so each read → change → write sees the last write. Items
 * added while a job runs are gathered into ONE next batch job (many tabs reporting at once
 * cost one or two writes, not one each). Any other job closes the open batch, so what is
 * added after it is applied after it: call order is kept.
 */
export interface WriteQueue<I, R> {
  /** Add an item to the open batch; resolves with that item's result from the batch job. */
  add(item: I): Promise<R>;
  /** Run a job on its own, after everything queued before it. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves when everything queued so far has finished. */
  idle(): Promise<void>;
}

/** `runBatch` gets the items in the order they were added and returns one result per item. */
export function createWriteQueue<I, R>(runBatch: (items: I[]) => Promise<R[]>): WriteQueue<I, R> {
  let tail: Promise<unknown> = Promise.resolve();
  let open: { items: I[]; done: Promise<R[]> } | null = null;

  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const result = tail.then(job, job);
    tail = result.catch(() => undefined); // one failed job must not block the rest
    return result;
  };

  const startBatch = () => {
    const batch: { items: I[]; done: Promise<R[]> } = { items: [], done: Promise.resolve([]) };
    batch.done = enqueue(() => {
      if (open === batch) open = null; // items added from now on go to the next batch
      return runBatch(batch.items);
    });
    open = batch;
    return batch;
  };

  return {
    async add(item) {
      const batch = open ?? startBatch();
      const index = batch.items.push(item) - 1;
      const results = await batch.done;
      return results[index] as R;
    },
    run(job) {
      open = null;
      return enqueue(job);
    },
    idle: () => tail.then(() => undefined),
  };
}
