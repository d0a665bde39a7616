import { z } from 'zod';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// The shape of geodata/countries.geojson and geodata/admin1.geojson as the base map reads them.
// Parsing keeps only these keys (zod drops the rest), so the browser downloads what it draws.

const position = z.tuple([z.number(), z.number()]);
const areaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) })
]);

const labelPoint = { labelLon: z.number().min(-180).max(180), labelLat: z.number().min(-90).max(90) };

export const countryPropertiesSchema = z.object({
  /** ISO 3166-1 alpha-2, e.g. "UA". */
  id: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  /** Lets bigger countries win when labels collide. */
  areaKm2: z.number().nonnegative().optional(),
  ...labelPoint
});

export const admin1PropertiesSchema = z.object({
  /** ISO 3166-2, e.g. "UA-14". */
  id: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** ISO 3166-1 alpha-2 of the country the unit belongs to. */
  country: z.string().regex(/^[A-Z]{2}$/),
  areaKm2: z.number().nonnegative(),
  ...labelPoint
});

const featureIdIsPropertiesId = {
  check: (feature: { id: string; properties: { id: string } }) => feature.id === feature.properties.id,
  message: 'feature id must equal properties.id'
};

const countryFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    properties: countryPropertiesSchema,
    geometry: areaGeometry
  })
  .refine(featureIdIsPropertiesId.check, featureIdIsPropertiesId.message);

const admin1FeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    properties: admin1PropertiesSchema,
    geometry: areaGeometry
  })
  .refine(featureIdIsPropertiesId.check, featureIdIsPropertiesId.message);

export const countryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(countryFeatureSchema).min(1)
});

export const admin1CollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(admin1FeatureSchema).min(1)
});

export type CountryProperties = z.infer<typeof countryPropertiesSchema>;
export type Admin1Properties = z.infer<typeof admin1PropertiesSchema>;
export type AreaFeature<P> = Feature<Polygon | MultiPolygon, P> & { id: string };
export interface AreaCollection<P> extends FeatureCollection<Polygon | MultiPolygon, P> {
  features: AreaFeature<P>[];
}
export type CountryCollection = AreaCollection<CountryProperties>;
export type Admin1Collection = AreaCollection<Admin1Properties>;
