import { z } from 'zod';
import { dateRangeShape, orderedDates } from './date-range-query';

/** A whole number given as decimal digits, within `min`..`max`. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** The query of `GET /api/articles`: `?limit` (1–100, default 20), `offset` (default 0), `from`, `to`. */
export const articleListQuerySchema = z
  .strictObject({
    limit: wholeNumber(1, 100).default(20),
    offset: wholeNumber(0, 1_000_000_000).default(0),
    ...dateRangeShape
  })
  .refine(orderedDates, { message: 'from must not be after to', path: ['from'] });
