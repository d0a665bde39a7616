import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { layerRoles, type LayerRole } from '$lib/map/layer-roles';
import { actorLinks } from './actor-links';
import { baseSourceIds } from './base-ids';
import { placeSourceData } from './place-source';
import { mentionCountColour, roleColour, sequentialExpression } from './role-colours';
import { countryLabelFont } from './typography';
import { unitPlacesMetadataKey, type UnitArea, type UnitSource } from './unit-areas';

/** Source ids of the dashboard's own data. */
export const roleSourceIds = { places: 'article-places', actorLinks: 'actor-links' } as const;

/** The key in a layer's `metadata` naming the role it draws: the legend toggles layers by it. */
export const roleMetadataKey = 'wiremap:role';

const state = (name: 'hover' | 'selected'): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false
];
/** `selected`, else `hover`, else `plain`: how a paint value reacts to the reader. */
const reacting = (plain: number, hover: number, selected: number): ExpressionSpecification => [
  'case',
  state('selected'),
  selected,
  state('hover'),
  hover,
  plain
];
const ofRole = (role: LayerRole): ExpressionSpecification => ['==', ['get', 'layerRole'], role];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']]
];

/** The dashboard's sources: the article's places and the actor links, ids promoted for feature-state. */
export function roleSources(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>,
  units: ReadonlyMap<string, UnitArea> = new Map()
): Record<string, SourceSpecification> {
  return {
    [roleSourceIds.places]: {
      type: 'geojson',
      data: placeSourceData(collection, roleById, units),
      promoteId: 'featureId'
    },
    [roleSourceIds.actorLinks]: {
      type: 'geojson',
      data: actorLinks(collection, roleById),
      promoteId: 'linkId'
    }
  };
}

/** Where an area layer reads its areas: the places source, or a base source by unit code. */
interface AreaSource {
  /** `''` for the places source, else the base source's name in the layer id. */
  infix: string;
  source: string;
  filter: ExpressionSpecification;
  mentionCount: ExpressionSpecification;
  metadata?: Record<string, unknown>;
}

/** The base-map areas of one role on one base source (none when the role has no unit there). */
function unitAreaSource(
  role: LayerRole,
  source: UnitSource,
  units: ReadonlyMap<string, UnitArea>
): AreaSource[] {
  const here = [...units.values()].filter((unit) => unit.source === source && unit.place.layerRole === role);
  if (!here.length) return [];
  const code: ExpressionSpecification = ['get', 'id'];
  const counts = here.flatMap((unit) => [unit.code, unit.place.mentionCount]);
  return [
    {
      infix: `${source}-`,
      source,
      filter: ['in', code, ['literal', here.map((unit) => unit.code)]],
      mentionCount: ['match', code, ...counts, 0] as unknown as ExpressionSpecification,
      metadata: { [unitPlacesMetadataKey]: Object.fromEntries(here.map((unit) => [unit.code, unit.place])) }
    }
  ];
}

/**
 * The role layers, split where they go in the base style: `areas` above the land and below the
 * boundaries, `marks` (links, pins, their names) above everything. Pure data; `visible` says
 * which roles start visible. The areas in `units` (unitAreas) are drawn on the base map's own
 * countries and first-level units, matched by code, under the places source's areas.
 */
export function roleLayers(
  collection: AnnotatedGeoJson,
  visible: readonly LayerRole[],
  units: ReadonlyMap<string, UnitArea> = new Map()
): { areas: LayerSpecification[]; marks: LayerSpecification[] } {
  const source = roleSourceIds.places;
  const visibility = (role: LayerRole) => (visible.includes(role) ? 'visible' : 'none');
  const meta = (role: LayerRole) => ({ [roleMetadataKey]: role });
  const maxMentions = Math.max(
    0,
    ...collection.features.map((feature) => feature.properties.mentions.length)
  );
  const placesArea = (role: LayerRole): AreaSource => ({
    infix: '',
    source,
    filter: ['all', ofRole(role), isArea],
    mentionCount: ['get', 'mentionCount']
  });
  const areaSources = (role: LayerRole): AreaSource[] => [
    ...unitAreaSource(role, baseSourceIds.countries, units),
    ...unitAreaSource(role, baseSourceIds.admin1, units),
    placesArea(role)
  ];
  const areaFill = (role: LayerRole, from: AreaSource): LayerSpecification => ({
    id: `role-${role}-${from.infix}fill`,
    type: 'fill',
    source: from.source,
    filter: from.filter,
    metadata: { ...meta(role), ...from.metadata },
    layout: { visibility: visibility(role) },
    paint:
      role === 'mentioned'
        ? {
            'fill-color': sequentialExpression(mentionCountColour(maxMentions), from.mentionCount),
            'fill-opacity': reacting(0.08, 0.2, 0.3)
          }
        : {
            'fill-color': roleColour(role),
            'fill-opacity': reacting(role === 'event' || role === 'affected' ? 0.22 : 0.34, 0.5, 0.62)
          }
  });
  const areaLine = (role: LayerRole, from: AreaSource): LayerSpecification => ({
    id: `role-${role}-${from.infix}line`,
    type: 'line',
    source: from.source,
    filter: from.filter,
    metadata: { ...meta(role), ...from.metadata },
    layout: { visibility: visibility(role), 'line-join': 'round' },
    paint: {
      'line-color': roleColour(role),
      'line-width': reacting(role === 'event' ? 2.5 : 1.5, 3, 3.5),
      ...(role === 'struck' || role === 'mentioned' ? { 'line-dasharray': [2, 1.5] } : {}),
      ...(role === 'affected' ? { 'line-dasharray': [0.5, 1.5] } : {})
    }
  });
  // Rivers, roads, pipelines, front lines: a line of the role's colour (struck and mentioned dashed).
  const course = (role: LayerRole): LayerSpecification => ({
    id: `role-${role}-course`,
    type: 'line',
    source,
    filter: ['all', ofRole(role), isLine],
    metadata: meta(role),
    layout: { visibility: visibility(role), 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': role === 'mentioned' ? roleColour('mentioned') : roleColour(role),
      'line-width': reacting(role === 'mentioned' ? 2 : 3.5, 4.5, 5.5),
      ...(role === 'struck' || role === 'mentioned' ? { 'line-dasharray': [2, 1] } : {})
    }
  });
  const pin = (role: LayerRole): LayerSpecification => ({
    id: `role-${role}-point`,
    type: 'circle',
    source,
    filter: ['all', ofRole(role), isPoint],
    metadata: meta(role),
    layout: { visibility: visibility(role) },
    // Actors are rings (who speaks), other mentions small grey dots (named, nothing happens
    // there), everything else a filled pin (where it happens).
    paint:
      role === 'actor'
        ? {
            'circle-color': '#ffffff',
            'circle-radius': reacting(6, 8, 9),
            'circle-stroke-color': roleColour(role),
            'circle-stroke-width': reacting(3.5, 4, 5)
          }
        : role === 'mentioned'
          ? {
              'circle-color': roleColour('mentioned'),
              'circle-radius': reacting(4, 6, 7),
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': reacting(1.2, 2, 3)
            }
          : {
              'circle-color': roleColour(role),
              'circle-radius': reacting(6, 8, 9),
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': reacting(1.5, 2, 3)
            }
  });
  const name = (role: LayerRole): LayerSpecification => ({
    id: `role-${role}-label`,
    type: 'symbol',
    source,
    filter: ['all', ofRole(role), isPoint],
    metadata: meta(role),
    layout: {
      visibility: visibility(role),
      'text-field': ['get', 'name'],
      'text-font': countryLabelFont,
      'text-size': 13,
      // Right of the pin if there is room, else on another side: a region's name placed
      // after it (Donetsk beside Pokrovsk) keeps its spot, and the pin keeps a name.
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-optional': true
    },
    paint: { 'text-color': '#26231f', 'text-halo-color': 'rgba(253, 252, 249, 0.92)', 'text-halo-width': 1.6 }
  });
  const link: LayerSpecification = {
    id: 'role-actor-link',
    type: 'line',
    source: roleSourceIds.actorLinks,
    metadata: meta('actor'),
    layout: { visibility: visibility('actor'), 'line-cap': 'round' },
    paint: {
      'line-color': roleColour('actor'),
      'line-width': reacting(1.6, 2.6, 3),
      'line-dasharray': [3, 2]
    }
  };
  // Drawn bottom to top: the big and vague first, so smaller, more specific areas stay on top.
  // Every role has a pin, a line and an area; the most specific is drawn on top.
  const areaOrder: LayerRole[] = [
    'mentioned',
    'actor',
    'meeting',
    'affected',
    'contested',
    'struck',
    'event'
  ];
  const pinOrder: LayerRole[] = ['mentioned', 'meeting', 'affected', 'contested', 'event', 'struck', 'actor'];
  return {
    areas: areaOrder.flatMap((role) =>
      areaSources(role).flatMap((from) => [areaFill(role, from), areaLine(role, from)])
    ),
    marks: [link, ...pinOrder.map(course), ...pinOrder.map(pin), ...[...pinOrder].reverse().map(name)]
  };
}

/** Ids of the layers that draw each role, read from the layers' metadata. */
export function layerIdsByRole(layers: readonly LayerSpecification[]): Record<LayerRole, string[]> {
  const byRole = Object.fromEntries(layerRoles.map((role) => [role, [] as string[]])) as Record<
    LayerRole,
    string[]
  >;
  for (const layer of layers) {
    const role = (layer.metadata as Record<string, LayerRole> | undefined)?.[roleMetadataKey];
    if (role) byRole[role].push(layer.id);
  }
  return byRole;
}
