import type {
  Admin1Collection,
  Admin1Properties,
  AreaFeature,
  CountryCollection,
  CountryProperties
} from '$lib/map/boundaries';

/** A square polygon feature around [lon, lat], `size` degrees wide. */
function square<P extends { id: string }>(properties: P, lon: number, lat: number, size = 1): AreaFeature<P> {
  const half = size / 2;
  return {
    type: 'Feature',
    id: properties.id,
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - half, lat - half],
          [lon + half, lat - half],
          [lon + half, lat + half],
          [lon - half, lat + half],
          [lon - half, lat - half]
        ]
      ]
    }
  };
}

function country(id: string, name: string, lon: number, lat: number): AreaFeature<CountryProperties> {
  return square({ id, name, labelLon: lon, labelLat: lat, areaKm2: 1000 }, lon, lat, 4);
}

function admin1(id: string, shortName: string, lon: number, lat: number): AreaFeature<Admin1Properties> {
  const properties = {
    id,
    name: `${shortName} Oblast`,
    shortName,
    country: id.slice(0, 2),
    labelLon: lon,
    labelLat: lat,
    areaKm2: 30000
  };
  return square(properties, lon, lat);
}

/** Two neighbouring countries, small enough to read. */
export const countriesFixture: CountryCollection = {
  type: 'FeatureCollection',
  features: [country('UA', 'Ukraine', 32, 49), country('RU', 'Russia', 36, 49)]
};

/** Two Ukrainian oblasts and one Russian oblast. */
export const admin1Fixture: Admin1Collection = {
  type: 'FeatureCollection',
  features: [
    admin1('UA-14', 'Donetsk', 32.5, 48.5),
    admin1('UA-63', 'Kharkiv', 31.5, 49.5),
    admin1('RU-BEL', 'Belgorod', 36, 49)
  ]
};
