import { describe, expect, test } from 'vitest';
import { createFairQueue, QueueFullError } from '@/utils/background/fair-queue';

describe('tabs take turns for ratings', () => {
  test('a busy tab delays another by at most one job', async () => {
    const queue = createFairQueue(100);
    const order: string[] = [];
    const jobs = Array.from({ length: 20 }, (_, i) =>
      queue.run('tab:1', () => order.push(`busy${i}`)),
    );
    // Arrives after twenty jobs of tab 1 are queued.
    const other = queue.run('tab:2', () => order.push('other'));
    await Promise.all([...jobs, other]);
    expect(order.indexOf('other')).toBeLessThanOrEqual(1);
    expect(order.filter((o) => o.startsWith('busy'))).toEqual(
      Array.from({ length: 20 }, (_, i) => `busy${i}`),
    );
  });

  test('lanes are served round-robin', async () => {
    const queue = createFairQueue();
    const order: string[] = [];
    const all = ['a', 'a', 'a', 'b', 'b', 'c'].map((lane, i) =>
      queue.run(lane, () => order.push(`${lane}${i}`)),
    );
    await Promise.all(all);
    expect(order).toEqual(['a0', 'b3', 'c5', 'a1', 'b4', 'a2']);
  });

  test('a full lane is refused, other lanes are not', async () => {
    const queue = createFairQueue(2);
    const kept = [queue.run('a', () => 1), queue.run('a', () => 2)];
    await expect(queue.run('a', () => 3)).rejects.toBeInstanceOf(QueueFullError);
    await expect(queue.run('b', () => 4)).resolves.toBe(4);
    await expect(Promise.all(kept)).resolves.toEqual([1, 2]);
    expect(queue.size).toBe(0);
  });

  test('a job that throws rejects its own promise only', async () => {
    const queue = createFairQueue();
    const bad = queue.run('a', () => {
      throw new Error('boom');
    });
    const good = queue.run('a', () => 'ok');
    await expect(bad).rejects.toThrow('boom');
    await expect(good).resolves.toBe('ok');
  });
});
