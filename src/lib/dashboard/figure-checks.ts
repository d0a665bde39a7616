import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { layerRolesById } from '$lib/map/layer-roles';
import annexedBeforeData from '../../../geodata/knowledge/annexed-before.json';

/** A first-level unit of the geodata, with the outline its area is computed from. */
export interface AreaUnit {
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** Where the areas come from, stated beside every check. */
export interface GeodataSource {
  description: string;
  resolution: string;
  date: string;
}

export interface AreaComparison {
  label: string;
  /** Share of the country's area, 0–1. */
  share: number;
  areaKm2: number;
  units: string[];
}

/** What the geodata says beside a figure that states a share of a territory. */
export interface FigureCheck {
  figure: number;
  stated: string;
  statedShare: number;
  country: string;
  totalKm2: number;
  comparisons: AreaComparison[];
  basis: string;
  source: GeodataSource;
  caveat: string;
}

/**
 * Units outside the article that a share of a country's territory usually counts (Crimea and
 * Sevastopol for Ukraine), kept as data with its basis; shown as a separate, labelled comparison.
 */
const annexedBefore: Record<string, { label: string; units: string[] }> = annexedBeforeData.byCountry;

const km2 = (geometry: Polygon | MultiPolygon) => area({ type: 'Feature', geometry, properties: {} }) / 1e6;

/** The share a figure states: a fraction (0.2) or a percentage; null when it states none. */
function statedShare(figure: AnnotatedGeoJson['figures'][number]): number | null {
  if (typeof figure.value !== 'number') return null;
  if (figure.unit === '%') return figure.value / 100;
  return figure.value > 0 && figure.value < 1 ? figure.value : null;
}

/**
 * Area checks for every figure that states a share of a country: the share of the country's
 * first-level units that the article's contested regions cover (whole regions), with Turf's
 * spherical area. It compares; it never confirms what the article says.
 */
export function figureChecks(
  collection: AnnotatedGeoJson,
  unitsOf: (country: string) => AreaUnit[],
  source: GeodataSource
): FigureCheck[] {
  const roleById = layerRolesById(collection);
  const contestedCodes = collection.features
    .filter((feature) => roleById.get(feature.id) === 'contested')
    .flatMap((feature) => {
      const ref = feature.properties.ref;
      return 'set' in ref ? ref.set : 'admin1' in ref ? [ref.admin1] : [];
    });
  return collection.figures.flatMap((figure, index): FigureCheck[] => {
    const share = statedShare(figure);
    const countryFeature = collection.features.find(
      (feature) => figure.places.includes(feature.id) && 'country' in feature.properties.ref
    );
    if (share === null || !countryFeature || !('country' in countryFeature.properties.ref)) return [];
    const country = countryFeature.properties.ref.country;
    const units = unitsOf(country);
    if (units.length === 0) return [];
    const areaOf = new Map(units.map((unit) => [unit.id, km2(unit.geometry)]));
    const totalKm2 = [...areaOf.values()].reduce((sum, value) => sum + value, 0);
    const comparison = (label: string, codes: string[]): AreaComparison => {
      const areaKm2 = codes.reduce((sum, code) => sum + (areaOf.get(code) ?? 0), 0);
      return { label, share: areaKm2 / totalKm2, areaKm2, units: codes };
    };
    const named = [...new Set(contestedCodes.filter((code) => areaOf.has(code)))];
    const names = (codes: string[]) =>
      codes.map((code) => units.find((unit) => unit.id === code)?.name ?? code);
    const comparisons: AreaComparison[] = [];
    if (named.length) {
      comparisons.push(
        comparison(`the ${named.length} contested regions in the article (${names(named).join(', ')})`, named)
      );
      const annexed = annexedBefore[country];
      if (annexed) comparisons.push(comparison(annexed.label, [...named, ...annexed.units]));
    }
    return [
      {
        figure: index,
        stated: figure.text,
        statedShare: share,
        country: countryFeature.properties.name,
        totalKm2,
        comparisons,
        basis:
          `Turf spherical area of whole first-level units, divided by the sum of all ${units.length} ` +
          `first-level units of ${countryFeature.properties.name} (${Math.round(totalKm2).toLocaleString('en')} km²).`,
        source,
        caveat:
          'Whole regions, not the ground held: the geodata has no front line. A comparison, not a verification of the article.'
      }
    ];
  });
}
