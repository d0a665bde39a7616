import type { Span } from '../types';

/** The spans already tagged, to keep later finds (collectives, demonyms) out of them. */
export class SpanIndex {
  private readonly spans: { start: number; end: number }[] = [];

  constructor(spans: readonly Pick<Span, 'start' | 'end'>[] = []) {
    this.add(spans);
  }

  add(spans: readonly Pick<Span, 'start' | 'end'>[]): void {
    for (const { start, end } of spans) this.spans.push({ start, end });
  }

  /** Whether [start, end) overlaps any span held. Linear: an article has tens of spans. */
  overlaps(start: number, end: number): boolean {
    return this.spans.some((s) => s.start < end && start < s.end);
  }
}
