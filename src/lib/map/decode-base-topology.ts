import { feature } from 'topojson-client';
import type { Admin1Collection, CountryCollection } from './boundaries';
import type { Admin1Topology, BaseTopology } from './base-topology';

// The server built the topologies from validated collections, so the decoded features have
// exactly their shape (string ids, polygon geometries).

/** The base map's countries, back as GeoJSON from the TopoJSON the server sent. */
export function decodeBaseTopology(topology: BaseTopology): CountryCollection {
  return feature(topology, topology.objects.countries) as CountryCollection;
}

/** One country's first-level units, back as GeoJSON. */
export function decodeAdmin1Topology(topology: Admin1Topology): Admin1Collection {
  return feature(topology, topology.objects.admin1) as Admin1Collection;
}
