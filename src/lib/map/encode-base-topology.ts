import { topology } from 'topojson-server';
import type { Admin1Collection, CountryCollection } from './boundaries';
import { baseTopologyQuantization, type BaseTopology } from './base-topology';

/** Countries and admin-1 units as one quantized TopoJSON (server side: build time only). */
export function encodeBaseTopology(countries: CountryCollection, admin1: Admin1Collection): BaseTopology {
  return topology({ countries, admin1 }, baseTopologyQuantization) as BaseTopology;
}
