import { describe, expect, it } from 'vitest';
import { WriteLimiter, writeCost, writeRateFromEnvironment } from '$lib/server/api/write-rate';

describe('WriteLimiter', () => {
  it('lets a client write its burst at once, then one write per refill interval', () => {
    const limiter = new WriteLimiter({ perMinute: 60, burst: 3 });
    const at = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1', at).allowed)).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1', at)).toEqual({ allowed: false, retryAfter: 1 });
    // 60 a minute is one a second.
    expect(limiter.take('10.0.0.1', at + 999).allowed).toBe(false);
    expect(limiter.take('10.0.0.1', at + 1000).allowed).toBe(true);
    expect(limiter.take('10.0.0.1', at + 1000).allowed).toBe(false);
  });

  it('charges a write already let through, into debt down to minus the burst', () => {
    const limiter = new WriteLimiter({ perMinute: 60, burst: 3 });
    expect(limiter.take('c', 0).allowed).toBe(true);
    limiter.charge('c', 0, 2);
    // 3 - 1 - 2 = 0 tokens: the next write waits a second.
    expect(limiter.take('c', 0)).toEqual({ allowed: false, retryAfter: 1 });
    limiter.charge('c', 0, 100);
    // At most the burst in debt (-3): four seconds to one token.
    expect(limiter.take('c', 0)).toEqual({ allowed: false, retryAfter: 4 });
    expect(limiter.take('c', 4000).allowed).toBe(true);
  });

  it('keeps each client to its own bucket', () => {
    const limiter = new WriteLimiter({ perMinute: 6, burst: 1 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfter: 10 });
    expect(limiter.take('b', 0).allowed).toBe(true);
  });

  it('never holds more than the burst, however long a client was quiet', () => {
    const limiter = new WriteLimiter({ perMinute: 600, burst: 2 });
    limiter.take('a', 0);
    const later = 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a', later).allowed)).toEqual([true, true, false]);
  });

  it('forgets quiet clients once it remembers too many', () => {
    const limiter = new WriteLimiter({ perMinute: 60, burst: 1 }, 100);
    for (let client = 0; client < 100; client++) limiter.take(`c${client}`, 0);
    expect(limiter.clients).toBe(100);
    limiter.take('late', 5_000);
    expect(limiter.clients).toBe(1);
  });
});

describe('writeCost', () => {
  it('charges one token a write and one more per 64 KB of declared body', () => {
    expect(writeCost(null)).toBe(1);
    expect(writeCost('900')).toBe(1);
    expect(writeCost(String(64 * 1024))).toBe(2);
    expect(writeCost(String(1024 * 1024))).toBe(17);
    expect(writeCost('nonsense')).toBe(1);
  });

  it('makes large writes wait longer, and never refuses one forever', () => {
    const limiter = new WriteLimiter({ perMinute: 60, burst: 20 });
    expect(limiter.take('a', 0, 17).allowed).toBe(true);
    expect(limiter.take('a', 0, 17)).toEqual({ allowed: false, retryAfter: 14 });
    // A cost over the burst is charged as the whole burst.
    expect(limiter.take('b', 0, 500).allowed).toBe(true);
    expect(limiter.take('b', 0, 1).allowed).toBe(false);
  });
});

describe('writeRateFromEnvironment', () => {
  it('defaults to 120 a minute with bursts of 60, and 0 turns the limit off', () => {
    expect(writeRateFromEnvironment({})).toEqual({ perMinute: 120, burst: 60 });
    expect(writeRateFromEnvironment({ WIREMAP_WRITES_PER_MINUTE: '30' })).toEqual({
      perMinute: 30,
      burst: 30
    });
    expect(writeRateFromEnvironment({ WIREMAP_WRITES_PER_MINUTE: '30', WIREMAP_WRITE_BURST: '5' })).toEqual({
      perMinute: 30,
      burst: 5
    });
    expect(writeRateFromEnvironment({ WIREMAP_WRITES_PER_MINUTE: '0' })).toBeNull();
  });

  it('refuses a value that is no whole number', () => {
    expect(() => writeRateFromEnvironment({ WIREMAP_WRITES_PER_MINUTE: '2k' })).toThrow(/whole number/);
  });
});
