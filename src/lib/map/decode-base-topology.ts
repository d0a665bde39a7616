import { feature } from 'topojson-client';
import type { Admin1Collection, CountryCollection } from './boundaries';
import type { BaseTopology } from './base-topology';

/** The base map's boundaries, back as GeoJSON from the TopoJSON the server sent. */
export function decodeBaseTopology(topology: BaseTopology): {
  countries: CountryCollection;
  admin1: Admin1Collection;
} {
  // The server built the topology from validated collections, so the decoded features have
  // exactly their shape (string ids, polygon geometries).
  return {
    countries: feature(topology, topology.objects.countries) as CountryCollection,
    admin1: feature(topology, topology.objects.admin1) as Admin1Collection
  };
}
