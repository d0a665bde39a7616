import { describe, expect, it } from 'vitest';
import { DashboardState } from '$lib/components/dashboard-state.svelte';
import { decodeState } from '$lib/dashboard/url-state';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const collection = annotatedFixture();
const fresh = (query = '') =>
  new DashboardState(decodeState(new URLSearchParams(query)), () => collection, []);

describe('DashboardState', () => {
  it('starts from the permalink and writes the same permalink back', () => {
    const state = fresh('layers=event,mentioned&speaker=Kyiv&view=35.1000,48.2000,5.30');
    expect(state.visible).toEqual(['event', 'mentioned']);
    expect(state.speaker).toBe('Kyiv');
    expect(state.view).toEqual({ center: [35.1, 48.2], zoom: 5.3 });
    const params = state.permalinkParams(new URLSearchParams('article=abc'));
    expect(params.get('article')).toBe('abc');
    expect(params.get('layers')).toBe('event,mentioned');
    expect(params.get('speaker')).toBe('Kyiv');
  });

  it('selects a claim, flies to its places, and deselects it when picked again', () => {
    const state = fresh();
    state.select({ kind: 'claim', index: 0 });
    expect(state.selection).toEqual({ kind: 'claim', index: 0 });
    expect(state.flyTarget).not.toBeNull();
    state.select({ kind: 'claim', index: 0 });
    expect(state.selection).toBeNull();
  });

  it('filters to a place clicked on the map, and clears the filter on a second click', () => {
    const state = fresh();
    state.selectPlace(fixtureIds.kyiv);
    expect(state.placeFilter).toBe(fixtureIds.kyiv);
    state.selectPlace(fixtureIds.kyiv);
    expect(state.placeFilter).toBeNull();
  });

  it('toggles a layer on once and off again, keeping the order of the others', () => {
    const state = fresh('layers=event,struck');
    state.toggleLayer('meeting', true);
    state.toggleLayer('meeting', true);
    expect(state.visible).toEqual(['event', 'struck', 'meeting']);
    state.toggleLayer('event', false);
    expect(state.visible).toEqual(['struck', 'meeting']);
  });

  it('picks units from those already assigned and leaves everything behind for another article', () => {
    const state = fresh();
    state.startPicking(fixtureIds.south);
    expect(state.picking?.units).toEqual(['UA-23', 'UA-65']);
    state.toggleUnit('UA-14');
    state.toggleUnit('UA-23');
    expect(state.picking?.units).toEqual(['UA-65', 'UA-14']);
    state.speaker = 'Kyiv';
    state.panel = 'articles';
    state.leave();
    expect([state.picking, state.speaker, state.panel, state.selection, state.view]).toEqual([
      null,
      null,
      null,
      null,
      null
    ]);
  });

  it('keeps the measure of the layer across articles, and drops its layers when turned off', () => {
    const state = fresh();
    state.toggleAggregate(true);
    expect(state.across).toBe('articles');
    state.showAggregate([{ id: 'aggregate', type: 'background' }]);
    expect(state.aggregateLayers).toHaveLength(1);
    state.toggleAggregate(false);
    expect(state.across).toBeNull();
    expect(state.aggregateLayers).toEqual([]);
  });
});
