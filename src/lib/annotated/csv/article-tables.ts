import type { AnnotatedFeature, AnnotatedGeoJson, AnnotatedGeometry } from '../schema';
import type { CsvCell, CsvTable } from './csv-text';

import type { TableName } from './table-names';

export { tableNames, type TableName } from './table-names';

/** Columns of each table, in order (docs/api.md#csv). */
export const tableHeaders = {
  mentions: [
    'text',
    'start',
    'end',
    'kind',
    'ref',
    'feature',
    'name',
    'lon',
    'lat',
    'role',
    'literal',
    'confidence',
    'review'
  ],
  claims: ['text', 'start', 'end', 'by', 'type', 'places', 'status', 'notes'],
  quotes: ['text', 'start', 'end', 'speaker'],
  figures: ['text', 'start', 'end', 'value', 'upper', 'approx', 'unit', 'counts', 'places', 'notes']
} as const satisfies Record<TableName, readonly string[]>;

/**
 * The article's mentions (one row per mention, with its place's kind, referent, point and
 * review state), claims, quotes and figures as CSV tables, in the export's order.
 */
export function articleTables(annotated: AnnotatedGeoJson): Record<TableName, CsvTable> {
  const list = (ids: readonly string[]) => ids.join(' ');
  const notes = (item: { notes?: readonly { text: string }[] }) =>
    item.notes?.map((note) => note.text).join('\n');
  return {
    mentions: {
      header: tableHeaders.mentions,
      rows: annotated.features.flatMap((feature) => {
        const [lon, lat] = representativePoint(feature.geometry) ?? [null, null];
        return feature.properties.mentions.map((mention): CsvCell[] => [
          mention.text,
          mention.start,
          mention.end,
          feature.properties.kind,
          referentText(feature.properties.ref),
          feature.id,
          feature.properties.name,
          lon,
          lat,
          mention.role,
          mention.literal,
          feature.properties.confidence,
          reviewState(feature, mention)
        ]);
      })
    },
    claims: {
      header: tableHeaders.claims,
      rows: annotated.claims.map((claim) => [
        claim.text,
        claim.start,
        claim.end,
        claim.by,
        claim.type,
        list(claim.places),
        claim.status,
        notes(claim)
      ])
    },
    quotes: {
      header: tableHeaders.quotes,
      rows: annotated.quotes.map((quote) => [quote.text, quote.start, quote.end, quote.speaker])
    },
    figures: {
      header: tableHeaders.figures,
      rows: annotated.figures.map((figure) => {
        const [value, upper] = Array.isArray(figure.value) ? figure.value : [figure.value, figure.value];
        return [
          figure.text,
          figure.start,
          figure.end,
          value,
          upper,
          figure.approx,
          figure.unit,
          figure.counts,
          list(figure.places),
          notes(figure)
        ];
      })
    }
  };
}

/** A referent as one cell: `country:UA`, `geonames:698740`, `countries:UA RU` and so on. */
function referentText(ref: AnnotatedFeature['properties']['ref']): string {
  const [[key, value]] = Object.entries(ref) as [[string, unknown]];
  return `${key}:${Array.isArray(value) ? value.join(' ') : String(value)}`;
}

/**
 * A point's own position; for an area, the centre of the bounding box of its largest part's outer
 * ring (an area's outline is in the GeoJSON; a spreadsheet needs one position to sort and plot
 * by). The largest part, not all of them: a country cut at the antimeridian (Russia, Fiji) would
 * otherwise be centred on longitude 0.
 */
function representativePoint(geometry: AnnotatedGeometry | null): [number, number] | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return geometry.coordinates;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const boxes = polygons.map(([outer]) => boundingBox(outer ?? []));
  const largest = boxes.reduce((best, box) => (box.area > best.area ? box : best));
  const rounded = (value: number) => Math.round(value * 1e5) / 1e5;
  return [rounded((largest.west + largest.east) / 2), rounded((largest.south + largest.north) / 2)];
}

function boundingBox(ring: readonly (readonly [number, number])[]) {
  const lons = ring.map(([lon]) => lon);
  const lats = ring.map(([, lat]) => lat);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats)
  ];
  return { west, east, south, north, area: (east - west) * (north - south) };
}

/** What review says of a mention: moved by an analyst, its place resolved or awaiting review, or nothing. */
function reviewState(
  feature: AnnotatedFeature,
  mention: AnnotatedFeature['properties']['mentions'][number]
): string {
  if (mention.reassigned) return `reassigned from ${mention.reassigned.from}`;
  if (feature.properties.resolvedBy) return `resolved (${feature.properties.resolvedBy.source})`;
  if (feature.properties.needsReview) return `needs review: ${feature.properties.needsReview}`;
  return '';
}
