import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('shares one load between concurrent misses and serves hits from memory', async () => {
    const cache = new LruCache<number>(10, 1_000);
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, await cache.get('k', load)]).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('reloads after the time to live and after clear()', async () => {
    let now = 0;
    const cache = new LruCache<number>(10, 100, () => now);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load);
    now = 150;
    expect(await cache.get('k', load)).toBe(2);
    cache.clear();
    expect(await cache.get('k', load)).toBe(3);
  });

  it('evicts the least recently used entry beyond its bound', async () => {
    const cache = new LruCache<string>(2, 1_000);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2'); // a is now the most recent
    await cache.get('c', async () => 'c1'); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });

  it('does not remember a failed load', async () => {
    const cache = new LruCache<string>(10, 1_000);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });
});
