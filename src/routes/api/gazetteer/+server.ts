import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { gazetteerMatch, gazetteerMatches } from '$lib/server/api/gazetteer-matches';
import { queryParameters } from '$lib/server/api/query-parameters';
import type { RequestHandler } from './$types';

const gazetteerQuerySchema = z.union([
  z.strictObject({ q: z.string().trim().min(1).max(100) }),
  /** Comma-separated gazetteer ids (an analysis's alternatives), at most 50. */
  z.strictObject({
    ids: z
      .string()
      .max(5000)
      .transform((ids) => ids.split(','))
      .pipe(z.array(z.string().min(1).max(200)).min(1).max(50))
  })
]);

/**
 * Up to 20 gazetteer entries matching `?q=`, or the entries `?ids=` names (in that order, unknown
 * ids left out), as `{places: [{id, name, kind, country, countryName?, admin1?, admin1Name?,
 * population, point}]}`.
 */
export const GET: RequestHandler = ({ url }) => {
  const query = queryParameters(url, gazetteerQuerySchema);
  if (!query.ok) return query.response;
  const gazetteer = loadGazetteer();
  if ('q' in query.value) return json({ places: gazetteerMatches(gazetteer, query.value.q) });
  const entries = query.value.ids.flatMap((id) => gazetteer.byId(id) ?? []);
  return json({ places: entries.map((entry) => gazetteerMatch(gazetteer, entry)) });
};
