import { z } from 'zod';

/** `from` and `to`: an inclusive range of days (YYYY-MM-DD), each end optional. */
export const dateRangeShape = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional()
};

/** Refuses a range whose start is after its end (ISO dates compare as strings). */
export const orderedDates = (range: { from?: string; to?: string }) =>
  range.from === undefined || range.to === undefined || range.from <= range.to;

/** The query of `GET /api/aggregate`: `?from&to`. */
export const dateRangeQuerySchema = z
  .strictObject(dateRangeShape)
  .refine(orderedDates, { message: 'from must not be after to', path: ['from'] });
