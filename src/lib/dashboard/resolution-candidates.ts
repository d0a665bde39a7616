import distance from '@turf/distance';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { AnnotatedFeature } from '$lib/annotated/schema';
import type { GazetteerHit } from './api-responses';

/** A referent a mention could go to: one of the analysis's alternatives or a gazetteer hit. */
export interface ResolutionCandidate {
  id: string;
  name: string;
  /** What tells it from its namesakes: "city · Teleorman, Romania · pop. 45,434 · 96 km from Bucharest". */
  detail: string;
}

const populationFormat = new Intl.NumberFormat('en-GB');

/** "in Ukraine", or "212 km from Kyiv": the nearest of `places` (points or outlines) to `point`. */
export function nearestPlaceWords(
  point: [number, number],
  places: readonly AnnotatedFeature[]
): string | undefined {
  let nearest: { name: string; km: number } | undefined;
  for (const place of places) {
    const geometry = place.geometry;
    if (!geometry) continue;
    const km =
      geometry.type === 'Point'
        ? distance(point, geometry.coordinates, { units: 'kilometers' })
        : Math.max(0, pointToPolygonDistance(point, geometry, { units: 'kilometers' }));
    if (!nearest || km < nearest.km) nearest = { name: place.properties.name, km };
  }
  if (!nearest) return undefined;
  if (nearest.km < 1) return `in ${nearest.name}`;
  return `${populationFormat.format(Math.round(nearest.km))} km from ${nearest.name}`;
}

/** A gazetteer entry as a choice: kind, first-level unit, country, population, nearest other place. */
export function hitCandidate(hit: GazetteerHit, others: readonly AnnotatedFeature[]): ResolutionCandidate {
  // A first-level unit's own code says nothing its name does not.
  const unit = hit.kind === 'admin1' ? undefined : (hit.admin1Name ?? hit.admin1);
  const country = hit.countryName ?? hit.country;
  const detail = [
    hit.kind,
    [unit, country].filter(Boolean).join(', '),
    hit.population > 0 ? `pop. ${populationFormat.format(hit.population)}` : undefined,
    nearestPlaceWords(hit.point, others)
  ].filter(Boolean);
  return { id: hit.id, name: hit.name, detail: detail.join(' · ') };
}

/**
 * The rows with namesakes that would still read alike told apart by their gazetteer id, so that
 * no two rows ever look the same.
 */
export function distinctCandidates(rows: readonly ResolutionCandidate[]): ResolutionCandidate[] {
  const looks = (row: ResolutionCandidate) => `${row.name}\u0000${row.detail}`;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(looks(row), (counts.get(looks(row)) ?? 0) + 1);
  return rows.map((row) =>
    counts.get(looks(row))! > 1 ? { ...row, detail: [row.detail, row.id].filter(Boolean).join(' · ') } : row
  );
}

/**
 * The analysis's other candidates for `feature`, best first, without the feature itself, each
 * described from `details` (gazetteer entries by id; the score stands in until they arrive) and
 * placed against the article's other places.
 */
export function resolutionCandidates(
  feature: AnnotatedFeature,
  details: ReadonlyMap<string, GazetteerHit>,
  places: readonly AnnotatedFeature[]
): ResolutionCandidate[] {
  const others = places.filter((place) => place.id !== feature.id);
  const rows = [...feature.properties.alternatives]
    .filter((alternative) => alternative.id !== feature.id)
    .sort((a, b) => b.score - a.score)
    .map((alternative) => {
      const hit = details.get(alternative.id);
      return hit
        ? hitCandidate(hit, others)
        : { id: alternative.id, name: alternative.name, detail: `score ${alternative.score.toFixed(2)}` };
    });
  return distinctCandidates(rows);
}
