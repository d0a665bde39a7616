import {
  aggregateScale,
  scaleStops,
  type AggregateMeasure,
  type ScaleStop,
  type UnitCounts
} from '$lib/map/aggregate-scale';

/** What the aggregate legend shows: the ramp of the scale the choropleth uses, and what it counts. */
export interface AggregateLegend {
  measure: AggregateMeasure;
  title: string;
  /** The scale's stops, low to high: the gradient and its end labels. */
  stops: ScaleStop[];
  /** The highest count, the top of the ramp. */
  highest: number;
  /** Units drawn (count above 0), most counted first. */
  units: { unit: string; name: string; count: number; colour: string }[];
}

export const measureLabels: Record<AggregateMeasure, { short: string; title: string }> = {
  articles: { short: 'Articles', title: 'Stored articles that concern each region' },
  claims: { short: 'Claims', title: 'Claims about each region, across stored articles' },
  figures: { short: 'Figures', title: 'Figures about each region, across stored articles' }
};

/**
 * The legend of the aggregate layer for `rows` (the units the map can draw) and `measure`,
 * drawn from the same `aggregateScale` as `aggregateLayers`, so swatches match the fills.
 */
export function aggregateLegend(rows: readonly UnitCounts[], measure: AggregateMeasure): AggregateLegend {
  const scale = aggregateScale(rows, measure);
  const stops = scaleStops(scale);
  return {
    measure,
    title: measureLabels[measure].title,
    stops,
    highest: stops.at(-1)!.value,
    units: rows
      .filter((row) => row[measure] > 0)
      .map((row) => ({ unit: row.unit, name: row.name, count: row[measure], colour: scale(row[measure]) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
  };
}
