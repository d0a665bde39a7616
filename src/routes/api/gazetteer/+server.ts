import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { gazetteerMatches } from '$lib/server/api/gazetteer-matches';
import { queryParameters } from '$lib/server/api/query-parameters';
import type { RequestHandler } from './$types';

const gazetteerQuerySchema = z.strictObject({ q: z.string().trim().min(1).max(100) });

/** Up to 20 gazetteer entries matching `?q=`, as `{places: [{id, name, kind, country, admin1?}]}`. */
export const GET: RequestHandler = ({ url }) => {
  const query = queryParameters(url, gazetteerQuerySchema);
  if (!query.ok) return query.response;
  return json({ places: gazetteerMatches(loadGazetteer(), query.value.q) });
};
