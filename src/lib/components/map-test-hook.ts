import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** Test hook: the live base map, read by the end-to-end tests (tests/e2e). Not an API. */
    __wiremapMap?: Map;
  }
}

/** Publishes `map` as `window.__wiremapMap`; returns the function that withdraws it. */
export function exposeMapForTests(map: Map): () => void {
  window.__wiremapMap = map;
  return () => {
    if (window.__wiremapMap === map) delete window.__wiremapMap;
  };
}
