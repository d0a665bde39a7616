import { getContext, setContext } from 'svelte';
import type { LayerSpecification } from 'maplibre-gl';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { assignedUnits } from '$lib/dashboard/collective-units';
import type { SelectedSpan } from '$lib/dashboard/selected-span';
import { selectedPlaces, type Selection } from '$lib/dashboard/selection';
import { toggledUnit } from '$lib/dashboard/toggled-unit';
import { encodeState, type MapView, type PermalinkState } from '$lib/dashboard/url-state';
import type { AggregateMeasure } from '$lib/map/aggregate-measures';
import { featuresBounds } from '$lib/map/fit-bounds';
import { worldExtent, type LonLatBox } from '$lib/map/initial-view';
import { defaultVisibleRoles, layerRolesById, type LayerRole } from '$lib/map/layer-roles';

/** The collective reference whose units the analyst is picking on the map, and the units so far. */
export interface UnitPicking {
  place: string;
  units: string[];
}

/**
 * Words of the article the analyst is placing (an added mention, or an unresolved one), and the
 * pin dropped for them once the map has been clicked while `pinning`.
 */
export interface Placing extends SelectedSpan {
  pinning: boolean;
  pin: [number, number] | null;
}

/**
 * What the reader has set on one article's dashboard: the permalink's part (layers, selection,
 * speaker, view, the layer across stored articles) and the moment's (preview, panels, review,
 * unit picking). The page creates one per article and shares it with its parts by context.
 */
export class DashboardState {
  visible: LayerRole[] = $state([]);
  selection: Selection | null = $state(null);
  speaker: string | null = $state(null);
  view: MapView | null = $state(null);
  /** What the layer across stored articles counts; null while it is off (a permalink keeps it). */
  across: AggregateMeasure | null = $state(null);
  preview: Selection | null = $state(null);
  /** Where the map should fly next; a new array flies even if unchanged. */
  flyTarget: LonLatBox | null = $state(null);
  panel: 'input' | 'articles' | 'feeds' | null = $state(null);
  reviewing = $state(false);
  /** The analyst's name, sent with each edit. */
  clientName = $state('');
  picking: UnitPicking | null = $state(null);
  placing: Placing | null = $state(null);
  aggregateLayers: LayerSpecification[] = $state.raw([]);
  /** Why part of the dashboard could not be loaded, for the reader. */
  loadProblem: string | null = $state(null);
  /** Set when the selection has no place with a geometry: the reader is told, the map stays put. */
  nothingOnMap = $state(false);
  /** Where unit picking starts: the pickable units (those of the countries the story concerns). */
  home: LonLatBox = [...worldExtent];

  readonly #collection: () => AnnotatedGeoJson;
  readonly #defaults: readonly LayerRole[];

  /** `collection` is read when needed, so the state follows the article the page shows. */
  constructor(
    initial: PermalinkState,
    collection: () => AnnotatedGeoJson,
    aggregateLayers: LayerSpecification[],
    defaults: readonly LayerRole[] = defaultVisibleRoles
  ) {
    this.#defaults = defaults;
    this.visible = initial.visible;
    this.selection = initial.selection;
    this.speaker = initial.speaker;
    this.view = initial.view;
    this.across = initial.across;
    this.aggregateLayers = aggregateLayers;
    this.#collection = collection;
  }

  /** The place the sidebar is filtered to, if the selection is one. */
  get placeFilter(): string | null {
    return this.selection?.kind === 'place' ? this.selection.id : null;
  }

  /** The permalink's query for this state, on top of `params` (the address bar's). */
  permalinkParams(params: URLSearchParams): URLSearchParams {
    const { visible, selection, speaker, view, across } = this;
    return encodeState({ visible, selection, speaker, view, across }, params, this.#defaults);
  }

  /**
   * Selects a sidebar item or listed place (again: deselects it) and brings its places into
   * view, turning on the layers that draw them; with no place on the map, says so instead.
   */
  select(next: Selection): void {
    const same = JSON.stringify(next) === JSON.stringify(this.selection);
    this.selection = same ? null : next;
    const collection = this.#collection();
    const ids = selectedPlaces(collection, this.selection);
    const box = featuresBounds(collection, ids);
    this.nothingOnMap = this.selection !== null && box === null;
    if (!box) return;
    const roleById = layerRolesById(collection);
    for (const id of ids) {
      const role = roleById.get(id);
      if (role && !this.visible.includes(role)) this.visible = [...this.visible, role];
    }
    this.flyTarget = box;
  }

  /** Filters the sidebar to a place clicked on the map (again: clears the filter). */
  selectPlace(id: string): void {
    this.selection = this.placeFilter === id ? null : { kind: 'place', id };
    this.nothingOnMap = false;
  }

  toggleLayer(role: LayerRole, on: boolean): void {
    if (!on) this.visible = this.visible.filter((candidate) => candidate !== role);
    else if (!this.visible.includes(role)) this.visible = [...this.visible, role];
  }

  /** Clears the selection, the speaker filter and the preview (Escape). */
  clear(): void {
    this.selection = null;
    this.speaker = null;
    this.preview = null;
    this.nothingOnMap = false;
  }

  /** Leaves this article's selection, view, panels and picking behind, before another opens. */
  leave(): void {
    this.clear();
    this.view = null;
    this.panel = null;
    this.picking = null;
    this.placing = null;
  }

  togglePanel(next: 'input' | 'articles' | 'feeds'): void {
    this.panel = this.panel === next ? null : next;
  }

  toggleReview(): void {
    this.reviewing = !this.reviewing;
    if (!this.reviewing) {
      this.picking = null;
      this.placing = null;
    }
  }

  /** Starts placing the words at `span` (a new mention or an unresolved one). */
  startPlacing(span: SelectedSpan): void {
    this.picking = null;
    this.placing = { ...span, pinning: false, pin: null };
  }

  /** Clicks on the map drop the pin for the words being placed (again: they select places). */
  togglePinning(on: boolean): void {
    if (this.placing) this.placing = { ...this.placing, pinning: on, pin: on ? this.placing.pin : null };
  }

  /** The map was clicked while pinning: the pin is there (the analyst confirms it). */
  dropPin(point: [number, number]): void {
    if (this.placing?.pinning) this.placing = { ...this.placing, pin: point };
  }

  /** Turns the layer across stored articles on (counting articles unless a measure is kept) or off. */
  toggleAggregate(on: boolean): void {
    this.across = on ? (this.across ?? 'articles') : null;
    if (!on) this.aggregateLayers = [];
  }

  /** Draws the aggregate layers, unless they are what the map already has (the style stays put). */
  showAggregate(layers: LayerSpecification[]): void {
    if (JSON.stringify(layers) !== JSON.stringify(this.aggregateLayers)) this.aggregateLayers = layers;
  }

  /** Starts picking the units of a collective reference, from those already assigned. */
  startPicking(id: string): void {
    const feature = this.#collection().features.find((candidate) => candidate.id === id);
    if (!feature) return;
    this.placing = null;
    this.picking = { place: id, units: assignedUnits(feature) };
    // The first-level units one can pick are those of the countries the story concerns; the
    // view moves to them, clear of the picker panel.
    this.flyTarget = [...this.home];
  }

  toggleUnit(code: string): void {
    if (this.picking) this.picking = { ...this.picking, units: toggledUnit(this.picking.units, code) };
  }
}

const key = Symbol('dashboard-state');

/** Shares the dashboard's state with the components below the page. */
export function setDashboardContext(state: DashboardState): DashboardState {
  return setContext(key, state);
}

/** The dashboard's state, as the page shared it. */
export function getDashboardContext(): DashboardState {
  return getContext<DashboardState>(key);
}
