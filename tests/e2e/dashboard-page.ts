import type { Page } from 'playwright-core';

/** What one role's layers draw right now: `{featureId, name}` of each rendered feature, deduplicated. */
export async function renderedByRole(page: Page): Promise<Record<string, { id: string; name: string }[]>> {
  const places = await drawnPlaces(page);
  const links = await page.evaluate(() =>
    window
      .__wiremapMap!.queryRenderedFeatures({ layers: ['role-actor-link'] })
      .map((feature) => String(feature.properties.linkId))
  );
  const byRole: Record<string, { id: string; name: string }[]> = {};
  for (const place of places) {
    const list = (byRole[place.layerRole] ??= []);
    if (!list.some((item) => item.id === place.featureId))
      list.push({ id: place.featureId, name: place.name });
  }
  for (const id of new Set(links)) (byRole.actor ??= []).push({ id, name: id });
  return byRole;
}

/** Names rendered in one role's layers. */
export async function renderedNames(page: Page, role: string): Promise<string[]> {
  return ((await renderedByRole(page))[role] ?? []).map((item) => item.name).sort();
}

/** The page coordinates of a drawn point feature, by name. */
export async function pointOnPage(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const map = window.__wiremapMap!;
    const feature = map
      .querySourceFeatures('article-places')
      .find((candidate) => candidate.properties.name === wanted && candidate.geometry.type === 'Point');
    if (!feature || feature.geometry.type !== 'Point') throw new Error(`no point named ${wanted}`);
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const pixel = map.project([lon, lat]);
    const canvas = map.getCanvas().getBoundingClientRect();
    return { x: canvas.left + pixel.x, y: canvas.top + pixel.y };
  }, name);
}

/** The feature-state of a place: on the places source, or on the base-map unit drawn for it. */
export async function featureState(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate((featureId) => {
    const map = window.__wiremapMap!;
    for (const layer of map.getStyle().layers) {
      const units = (layer.metadata as Record<string, unknown> | undefined)?.['wiremap:unit-places'] as
        Record<string, { featureId: string }> | undefined;
      const code = Object.entries(units ?? {}).find(([, place]) => place.featureId === featureId)?.[0];
      if (code && 'source' in layer) return map.getFeatureState({ source: layer.source, id: code });
    }
    return map.getFeatureState({ source: 'article-places', id: featureId });
  }, id);
}

/** Resolves after the map's next `moveend` and `idle`, or at once if it is not moving. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__wiremapMap!;
        const idle = () => {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        };
        if (map.isMoving()) map.once('moveend', idle);
        else idle();
      })
  );
}

/** The id of the place named `name` in the page's sidebar. */
export async function placeId(page: Page, name: string): Promise<string> {
  return page.evaluate((wanted) => {
    const map = window.__wiremapMap!;
    const feature = map
      .querySourceFeatures('article-places')
      .find((candidate) => candidate.properties.name === wanted);
    if (!feature) throw new Error(`no place named ${wanted}`);
    return String(feature.properties.featureId);
  }, name);
}

/** A place as the role layers draw it: from the places source, or a base-map unit styled by code. */
export interface DrawnPlace {
  featureId: string;
  name: string;
  layerRole: string;
  /** The MapLibre layer type that drew it (circle, fill, line, symbol). */
  layerType: string;
}

/**
 * The places the role layers whose id matches `layerPattern` render now, each once per layer
 * type. A base-map unit drawn for a place (src/lib/map/unit-areas.ts) is read back through its
 * layer's `wiremap:unit-places` metadata, the way the dashboard's own hit-testing reads it.
 */
export async function drawnPlaces(page: Page, layerPattern = '^role-'): Promise<DrawnPlace[]> {
  return page.evaluate((pattern) => {
    const map = window.__wiremapMap!;
    const layers = map
      .getStyle()
      .layers.filter((layer) => new RegExp(pattern).test(layer.id) && 'source' in layer);
    const drawn = new Map<string, DrawnPlace>();
    for (const layer of layers) {
      const units = (layer.metadata as Record<string, unknown> | undefined)?.['wiremap:unit-places'] as
        Record<string, Record<string, unknown>> | undefined;
      for (const feature of map.queryRenderedFeatures({ layers: [layer.id] })) {
        const properties = units ? units[String(feature.properties.id)] : feature.properties;
        if (!properties?.featureId) continue;
        const place = {
          featureId: String(properties.featureId),
          name: String(properties.name),
          layerRole: String(properties.layerRole),
          layerType: layer.type
        };
        drawn.set(`${place.featureId}:${place.layerType}`, place);
      }
    }
    return [...drawn.values()];
  }, layerPattern);
}

/** Every place the map holds, drawn or not, by id → its layer role: the places source and the units styled by code. */
export async function placeRoles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.__wiremapMap!;
    const roles: Record<string, string> = {};
    for (const feature of map.querySourceFeatures('article-places'))
      roles[String(feature.properties.featureId)] = String(feature.properties.layerRole);
    for (const layer of map.getStyle().layers) {
      const units = (layer.metadata as Record<string, unknown> | undefined)?.['wiremap:unit-places'] as
        Record<string, { featureId: string; layerRole: string }> | undefined;
      for (const place of Object.values(units ?? {})) roles[place.featureId] = place.layerRole;
    }
    return roles;
  });
}
