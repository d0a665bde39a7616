/** How many writes one client may make: `burst` at once, refilled at `perMinute`. */
export interface WriteRate {
  perMinute: number;
  burst: number;
}

/** The default: a person reviewing never meets it; a runaway script is slowed to 2 writes a second. */
export const defaultWriteRate: WriteRate = { perMinute: 120, burst: 60 };

/**
 * The write rate from WIREMAP_WRITES_PER_MINUTE and WIREMAP_WRITE_BURST (whole numbers; 0 writes
 * a minute turns the limit off, returning null). A value that is no whole number throws, so a
 * typo stops the server at start rather than silently leaving it unprotected.
 */
export function writeRateFromEnvironment(env: Record<string, string | undefined>): WriteRate | null {
  const read = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (value === undefined || value === '') return fallback;
    if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
  const perMinute = read('WIREMAP_WRITES_PER_MINUTE', defaultWriteRate.perMinute);
  if (perMinute === 0) return null;
  return {
    perMinute,
    burst: Math.max(1, read('WIREMAP_WRITE_BURST', Math.min(perMinute, defaultWriteRate.burst)))
  };
}

/** What the limiter decided for one write: go ahead, or wait this many seconds. */
export type WriteDecision = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Token buckets, one per client: each write takes a token; a client's bucket holds at most
 * `burst` tokens and refills at `perMinute`. Time is passed in, so the limiter is a pure
 * function of the calls made to it.
 */
export class WriteLimiter {
  readonly #rate: WriteRate;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  /** Clients kept before full buckets (clients gone quiet) are forgotten. */
  readonly #maxClients: number;

  constructor(rate: WriteRate, maxClients = 10_000) {
    this.#rate = rate;
    this.#maxClients = maxClients;
  }

  /**
   * Takes `cost` tokens (default 1) from `client`'s bucket at time `now` (ms), or says how long to
   * wait for them. A cost above the burst is taken as the burst: a write is never refused forever.
   */
  take(client: string, now: number, cost = 1): WriteDecision {
    const perMs = this.#rate.perMinute / 60_000;
    let bucket = this.#buckets.get(client);
    if (!bucket) {
      // Room is made before the newcomer is counted, so its own first token is never forgotten.
      if (this.#buckets.size >= this.#maxClients) this.#forgetFull(now);
      bucket = { tokens: this.#rate.burst, at: now };
      this.#buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(this.#rate.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    const needed = Math.min(Math.max(1, cost), this.#rate.burst);
    if (bucket.tokens >= needed) {
      bucket.tokens -= needed;
      return { allowed: true };
    }
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((needed - bucket.tokens) / perMs / 1000)) };
  }

  /**
   * Charges `client` `cost` more tokens at time `now` for a write already let through (a chunked
   * body, whose size is known only as it arrives): the bucket may go into debt, down to minus the
   * burst, and the client's next writes wait until it is paid.
   */
  charge(client: string, now: number, cost: number): void {
    const perMs = this.#rate.perMinute / 60_000;
    const bucket = this.#buckets.get(client) ?? { tokens: this.#rate.burst, at: now };
    this.#buckets.set(client, bucket);
    bucket.tokens = Math.min(this.#rate.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    bucket.tokens = Math.max(-this.#rate.burst, bucket.tokens - cost);
  }

  /** How many clients are remembered now. */
  get clients(): number {
    return this.#buckets.size;
  }

  /** Forgets the clients whose buckets have refilled: they are as if new. */
  #forgetFull(now: number): void {
    const perMs = this.#rate.perMinute / 60_000;
    for (const [client, bucket] of this.#buckets)
      if (bucket.tokens + (now - bucket.at) * perMs >= this.#rate.burst) this.#buckets.delete(client);
  }
}

/** Bytes of body one token pays for: a 1 MB article costs 17 writes, since analysing it does. */
export const BYTES_PER_TOKEN = 64 * 1024;

/** What a write costs: one token, and one more for every BYTES_PER_TOKEN of its declared body. */
export function writeCost(contentLength: string | null): number {
  const bytes = Number(contentLength);
  return 1 + (Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes / BYTES_PER_TOKEN) : 0);
}
