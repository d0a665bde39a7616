// zod/mini: the same parsers as zod with functions instead of methods, so the browser bundle
// keeps only what it uses (full zod would add ~50 kB gzip to the page).
import * as z from 'zod/mini';
import { aggregateMeasures, type AggregateMeasure } from '$lib/map/aggregate-measures';
import { defaultVisibleRoles, layerRoles, type LayerRole } from '$lib/map/layer-roles';
import type { Selection } from './selection';

/** The map view as the URL keeps it. */
export interface MapView {
  center: [number, number];
  zoom: number;
}

/** Everything a permalink restores. */
export interface PermalinkState {
  visible: LayerRole[];
  selection: Selection | null;
  speaker: string | null;
  view: MapView | null;
  /** The layer across stored articles, by what it counts; null when it is off. */
  across: AggregateMeasure | null;
}

const roleList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => value.split(',').filter((role) => role !== ''))
  ),
  z.array(z.enum(layerRoles))
);
const selectionParam = z.pipe(
  z.string().check(z.regex(/^(place:.+|(claim|quote|figure):\d{1,5})$/)),
  z.transform((value: string): Selection => {
    if (value.startsWith('place:')) return { kind: 'place', id: value.slice(6) };
    const [kind, index] = value.split(':') as ['claim' | 'quote' | 'figure', string];
    return { kind, index: Number(index) };
  })
);
const viewParam = z.pipe(
  z.pipe(
    z.string().check(z.regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/)),
    z.transform((value: string) => value.split(',').map(Number) as [number, number, number])
  ),
  z.pipe(
    z.tuple([
      z.number().check(z.gte(-180), z.lte(180)),
      z.number().check(z.gte(-90), z.lte(90)),
      z.number().check(z.lte(22))
    ]),
    z.transform(([lon, lat, zoom]): MapView => ({ center: [lon, lat], zoom }))
  )
);
const speakerParam = z.string().check(z.minLength(1), z.maxLength(200));

/** Parses one parameter, or falls back: a hand-edited link must never break the page. */
function param<T>(params: URLSearchParams, name: string, schema: z.ZodMiniType<T>, fallback: T): T {
  const value = params.get(name);
  if (value === null) return fallback;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * The dashboard state a URL's query describes; anything missing or malformed takes its default
 * (`defaults`: the roles an article shows when the URL names none, see `defaultRolesOf`).
 */
export function decodeState(
  params: URLSearchParams,
  defaults: readonly LayerRole[] = defaultVisibleRoles
): PermalinkState {
  return {
    visible: param<LayerRole[]>(params, 'layers', roleList, [...defaults]),
    selection: param<Selection | null>(params, 'sel', selectionParam, null),
    speaker: param<string | null>(params, 'speaker', speakerParam, null),
    view: param<MapView | null>(params, 'view', viewParam, null),
    across: param<AggregateMeasure | null>(params, 'across', z.enum(aggregateMeasures), null)
  };
}

/**
 * Writes the state into `params` (other parameters, such as `article`, are kept), leaving out
 * what equals the default so that a fresh page has a clean URL.
 */
export function encodeState(
  state: PermalinkState,
  params: URLSearchParams,
  defaults: readonly LayerRole[] = defaultVisibleRoles
): URLSearchParams {
  const next = new URLSearchParams(params);
  const visible = layerRoles.filter((role) => state.visible.includes(role));
  const isDefault = visible.join(',') === layerRoles.filter((role) => defaults.includes(role)).join(',');
  const set = (name: string, value: string | null) =>
    value === null ? next.delete(name) : next.set(name, value);
  set('layers', isDefault ? null : visible.join(','));
  const selection = state.selection;
  set(
    'sel',
    !selection
      ? null
      : selection.kind === 'place'
        ? `place:${selection.id}`
        : `${selection.kind}:${selection.index}`
  );
  set('speaker', state.speaker);
  const view = state.view;
  set(
    'view',
    view ? `${view.center[0].toFixed(4)},${view.center[1].toFixed(4)},${view.zoom.toFixed(2)}` : null
  );
  set('across', state.across);
  return next;
}
