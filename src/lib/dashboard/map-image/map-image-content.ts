import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { baseMapAttribution } from '$lib/map/initial-view';
import { layerRolesById, type LayerRole } from '$lib/map/layer-roles';
import { roleColour } from '$lib/map/role-colours';
import { legendModel } from '../legend-model';

/** How a role is drawn in a legend: as the dashboard's legend draws it (LayerLegend.svelte). */
export type LegendSymbol = 'dot' | 'ring' | 'area' | 'dashed-area';

// A role's areas: filled, the outline dashed for struck, affected and other places (as LayerLegend draws them).
const areaSymbols: Record<LayerRole, LegendSymbol> = {
  event: 'area',
  affected: 'dashed-area',
  meeting: 'area',
  actor: 'area',
  contested: 'area',
  struck: 'dashed-area',
  mentioned: 'dashed-area'
};

/**
 * The symbol of a role's legend entry, from what the map draws for it: pins when every located
 * feature of the role is a point (a ring for actors), else the role's area.
 */
function legendSymbol(collection: AnnotatedGeoJson, role: LayerRole): LegendSymbol {
  const roleById = layerRolesById(collection);
  const drawn = collection.features.filter(
    (feature) => roleById.get(feature.id) === role && feature.geometry
  );
  const pins = drawn.length > 0 && drawn.every((feature) => feature.geometry!.type === 'Point');
  if (pins) return role === 'actor' ? 'ring' : 'dot';
  return areaSymbols[role];
}

/** What a published map says around the map itself: the same words on PNG, SVG and the static page. */
export interface MapImageContent {
  title: string;
  /** The roles shown, in legend order, with their colour and feature count. */
  legend: { role: LayerRole; label: string; colour: string; symbol: LegendSymbol; count: number }[];
  /** "Map data: Natural Earth, GeoNames". */
  credits: string;
  /** "Source: <title> · <agency> · <date> · wiremap 0.1.0". */
  source: string;
}

/**
 * The title, legend of the roles shown (from the dashboard's legend model), credits and source
 * line of an article's map image. `version` is wiremap's own (package.json).
 */
export function mapImageContent(
  collection: AnnotatedGeoJson,
  visible: readonly LayerRole[],
  version: string
): MapImageContent {
  const { article } = collection;
  const legend = legendModel(collection)
    .filter((entry) => visible.includes(entry.role))
    .map((entry) => ({
      role: entry.role,
      label: entry.label,
      colour: roleColour(entry.role),
      symbol: legendSymbol(collection, entry.role),
      count: entry.count
    }));
  const facts = [article.title, article.dateline?.agency, article.published, `wiremap ${version}`];
  return {
    title: article.title,
    legend,
    credits: `Map data: ${baseMapAttribution}`,
    source: `Source: ${facts.filter((fact) => fact).join(' · ')}`
  };
}
