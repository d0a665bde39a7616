import { scaleSequential, type ScaleSequential } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';

import type { AggregateMeasure, UnitCounts } from './aggregate-measures';

export { aggregateMeasures, type AggregateMeasure, type UnitCounts } from './aggregate-measures';

/** One colour stop of a sequential scale: the value and the colour the scale gives it. */
export interface ScaleStop {
  value: number;
  colour: string;
}

// Yellow–green–blue: distinct from every role colour (red, orange, purple, blue pins, teal), and
// its lightness rises monotonically, so it also reads in greyscale.
const interpolator = interpolateYlGnBu;

/**
 * Count → colour for one measure: 0 to the highest count among `rows` (at least 1, so a single
 * article still gets the dark end). The layers and the legend both read this scale.
 */
export function aggregateScale(
  rows: readonly UnitCounts[],
  measure: AggregateMeasure
): ScaleSequential<string> {
  const highest = Math.max(1, ...rows.map((row) => row[measure]));
  return scaleSequential(interpolator).domain([0, highest]);
}

/** `steps` evenly spaced stops across the scale's domain, both ends included. */
export function scaleStops(scale: ScaleSequential<string>, steps = 6): ScaleStop[] {
  const [low, high] = scale.domain() as [number, number];
  return Array.from({ length: steps }, (_, index) => {
    const value = low + ((high - low) * index) / (steps - 1);
    return { value, colour: scale(value) };
  });
}
