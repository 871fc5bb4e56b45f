/**
 * Give the main thread back to the page between chunks of work, so no task runs long enough
 * to delay input (the budget is 50 ms per task). scheduler.yield() keeps our place in line
 * where the browser has it; otherwise a zero-delay message is the fastest macrotask.
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Run one synchronous slice of content-script work; slices over 5 ms are recorded as
 * performance measures ("verbatim:slice") so the benchmark can report our longest task.
 */
export function slice<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    if (performance.now() - start > 5) performance.measure('verbatim:slice', { start });
  }
}

/** `await pause()` inside a loop: yields only once the current slice has used `budgetMs`. */
export function slicer(budgetMs = 12): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < budgetMs) return;
    await yieldToPage();
    start = performance.now();
  };
}
