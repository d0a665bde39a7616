import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { LayerRole } from '$lib/map/layer-roles';
import { baseLayerIds } from './base-ids';

/** The first-level units the article's drawn areas are (a struck oblast, a contested set's members). */
export function placeUnitCodes(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>
): string[] {
  const codes = new Set<string>();
  for (const feature of collection.features) {
    if (!feature.geometry || roleById.get(feature.id) === 'mentioned') continue;
    const ref = feature.properties.ref;
    if ('admin1' in ref) codes.add(ref.admin1);
    if ('set' in ref) for (const code of ref.set) if (code.includes('-')) codes.add(code);
  }
  return [...codes].sort();
}

/**
 * The base layers with the names of the article's own units taken out of the in-focus label
 * layer, and that layer again for those units alone, to go above the pins' names: symbol
 * layers higher in the stack are placed first, so "Donetsk" is no longer hidden behind the
 * name of a town in it (the town's name moves to another side of its pin instead).
 */
export function withPlaceUnitLabelsApart(
  layers: readonly LayerSpecification[],
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>
): { layers: LayerSpecification[]; placeLabels: LayerSpecification[] } {
  const codes = placeUnitCodes(collection, roleById);
  const index = layers.findIndex((layer) => layer.id === baseLayerIds.admin1LabelInFocus);
  const inFocus = layers[index];
  if (!codes.length || !inFocus || inFocus.type !== 'symbol' || !inFocus.filter)
    return { layers: [...layers], placeLabels: [] };
  const ofPlace: ExpressionSpecification = ['in', ['get', 'id'], ['literal', codes]];
  const filter = inFocus.filter as ExpressionSpecification;
  const others = { ...inFocus, filter: ['all', filter, ['!', ofPlace]] as ExpressionSpecification };
  const own = {
    ...inFocus,
    id: `${inFocus.id}-of-place`,
    filter: ['all', filter, ofPlace] as ExpressionSpecification
  };
  return { layers: layers.map((layer, k) => (k === index ? others : layer)), placeLabels: [own] };
}
