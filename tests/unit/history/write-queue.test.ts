import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../services/write-queue';

describe('write queue (single writer)', () => {
  it('batches items added together, one result each, in order', async () => {
    const batches: number[][] = [];
    const queue = createWriteQueue<number, string>(async (items) => {
      batches.push([...items]);
      return items.map((n) => `done ${n}`);
    });
    const results = await Promise.all([1, 2, 3].map((n) => queue.add(n)));
    expect(results).toEqual(['done 1', 'done 2', 'done 3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('items added while a batch runs go to the next batch; a run() in between splits them', async () => {
    const log: string[] = [];
    const queue = createWriteQueue<string, void>(async (items) => {
      log.push(`batch ${items.join('+')}`);
      return items.map(() => undefined);
    });
    const a = queue.add('a');
    const r = queue.run(async () => void log.push('clear'));
    const b = queue.add('b');
    const c = queue.add('c');
    await Promise.all([a, r, b, c]);
    expect(log).toEqual(['batch a', 'clear', 'batch b+c']);
  });

  it('a failing job rejects its callers but does not block later jobs', async () => {
    const queue = createWriteQueue<number, number>(async (items) => {
      if (items.includes(13)) throw new Error('quota exceeded');
      return items;
    });
    await expect(queue.add(13)).rejects.toThrow('quota exceeded');
    await expect(queue.add(7)).resolves.toBe(7);
    await expect(queue.run(async () => 'ok')).resolves.toBe('ok');
    await queue.idle();
  });
});
