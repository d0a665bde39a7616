import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { baseMapAttribution } from '$lib/map/initial-view';
import type { LayerRole } from '$lib/map/layer-roles';
import { roleColour } from '$lib/map/role-colours';
import { legendModel } from '../legend-model';

/** How a role is drawn in a legend: as the dashboard's legend draws it (LayerLegend.svelte). */
export type LegendSymbol = 'dot' | 'ring' | 'area' | 'dashed-area';

const symbols: Record<LayerRole, LegendSymbol> = {
  event: 'dot',
  meeting: 'dot',
  actor: 'ring',
  contested: 'area',
  struck: 'dashed-area',
  mentioned: 'dashed-area'
};

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
      symbol: symbols[entry.role],
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
