import { z } from 'zod';
import { layerRoles } from '$lib/map/layer-roles';

/** The files of a published map's data, beside its page and scripts. */
export const publicationFiles = {
  manifest: 'publication.json',
  /** The full audit: the annotated GeoJSON export, with the review trail (`review`). */
  article: 'article.geojson',
  /** The base map: every country, and the first-level units of the countries concerned (TopoJSON). */
  boundaries: 'boundaries.json'
} as const;

/** publication.json: what was published, by which wiremap, and how the map opens. */
export const publicationSchema = z.strictObject({
  wiremap: z.string(),
  article: z.string(),
  title: z.string(),
  /** ISO 8601 instant the folder or embed was made. */
  publishedAt: z.iso.datetime(),
  /** The roles drawn, in legend order. */
  visible: z.array(z.enum(layerRoles)),
  /** Review version the map shows (0 before any edit). */
  reviewVersion: z.number().int().nonnegative(),
  /** The article on the wiremap that published it, when it was published from a server. */
  dashboard: z.url().optional()
});
export type Publication = z.infer<typeof publicationSchema>;
