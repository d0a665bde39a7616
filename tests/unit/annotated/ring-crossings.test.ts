import { describe, expect, it } from 'vitest';
import { ringCrossing } from '$lib/annotated/ring-crossings';

const square: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0]
];

describe('ringCrossing', () => {
  it('passes a simple ring, also with a repeated position', () => {
    expect(ringCrossing(square)).toBeNull();
    expect(
      ringCrossing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0]
      ])
    ).toBeNull();
  });

  it('finds where a bowtie crosses itself', () => {
    expect(
      ringCrossing([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0]
      ])
    ).toEqual({ kind: 'crossing', near: [0.5, 0.5] });
  });

  it('finds a ring pinched through one position, a corner on another edge and a spike', () => {
    const pinched: [number, number][] = [
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0]
    ];
    expect(ringCrossing(pinched)).toMatchObject({ kind: 'crossing', near: [1, 1] });
    const cornerOnEdge: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [1, 0],
      [0, 2],
      [0, 0]
    ];
    expect(ringCrossing(cornerOnEdge)).toMatchObject({ kind: 'crossing', near: [1, 0] });
    const spike: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [2, 0.5],
      [0, 1],
      [0, 0]
    ];
    expect(ringCrossing(spike)?.kind).toBe('crossing');
  });

  it('says a ring is too complex to check once the edge pairs to compare pass the budget', () => {
    // Every edge of this comb spans the same x-range, so each is compared with every other.
    const comb: [number, number][] = [];
    for (let i = 0; i < 200; i++) comb.push([i % 2 ? 10 : 0, i]);
    comb.push([-1, 199], [-1, 0], [0, 0]);
    expect(ringCrossing(comb, 1000)).toEqual({ kind: 'too-complex' });
    expect(ringCrossing(comb)).toBeNull();
  });
});
