import { z } from 'zod';
import { imageLimits } from '$lib/dashboard/map-image/map-image-layout';
import { layerRoles } from '$lib/map/layer-roles';

const side = (min: number, max: number, fallback: number) =>
  z.coerce
    .number()
    .int(`must be a whole number of pixels`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

/** `?width=&height=&scale=&layers=` of an image request: CSS pixels, a pixel ratio of 1 or 2, the roles drawn. */
export const imageQuerySchema = z.strictObject({
  width: side(imageLimits.minWidth, imageLimits.maxWidth, 1200),
  height: side(imageLimits.minHeight, imageLimits.maxHeight, 800),
  scale: z
    .enum(['1', '2'], 'must be 1 or 2')
    .default('1')
    .transform((value) => Number(value) as 1 | 2),
  layers: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(layerRoles, `must be roles among ${layerRoles.join(', ')}`)).min(1))
    .optional()
});
export type ImageQuery = z.infer<typeof imageQuerySchema>;
