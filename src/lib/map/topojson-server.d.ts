// topojson-server ships no types (it comes in through @turf/concave); this is the one call we use.
declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Topology } from 'topojson-specification';

  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
