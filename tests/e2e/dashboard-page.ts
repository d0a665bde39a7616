import type { Page } from 'playwright-core';

/** What one role's layers draw right now: `{featureId, name}` of each rendered feature, deduplicated. */
export async function renderedByRole(page: Page): Promise<Record<string, { id: string; name: string }[]>> {
  return page.evaluate(() => {
    const map = window.__wiremapMap!;
    const byRole: Record<string, { id: string; name: string }[]> = {};
    for (const layer of map.getStyle().layers) {
      const role = (layer.metadata as Record<string, string> | undefined)?.['wiremap:role'];
      if (!role) continue;
      const list = (byRole[role] ??= []);
      for (const feature of map.queryRenderedFeatures({ layers: [layer.id] })) {
        const id = String(feature.properties.featureId ?? feature.properties.linkId);
        if (!list.some((item) => item.id === id))
          list.push({ id, name: String(feature.properties.name ?? id) });
      }
    }
    return byRole;
  });
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

/** The feature-state of a place. */
export async function featureState(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (featureId) => window.__wiremapMap!.getFeatureState({ source: 'article-places', id: featureId }),
    id
  );
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
