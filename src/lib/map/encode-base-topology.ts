import { topology } from 'topojson-server';
import type { Admin1Collection, CountryCollection } from './boundaries';
import { baseTopologyQuantization, type Admin1Topology, type BaseTopology } from './base-topology';

/** Every country as one quantized TopoJSON (server side: build time only). */
export function encodeBaseTopology(countries: CountryCollection): BaseTopology {
  return topology({ countries }, baseTopologyQuantization) as BaseTopology;
}

/**
 * One country's first-level units as a quantized TopoJSON (build time only). Quantized over
 * the country's own extent, so a small country keeps as fine a grid as the world file.
 */
export function encodeAdmin1Topology(admin1: Admin1Collection): Admin1Topology {
  return topology({ admin1 }, baseTopologyQuantization) as Admin1Topology;
}
