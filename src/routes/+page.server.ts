import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { dashboardData } from '$lib/server/dashboard-data';
import { articleById, seedArticle } from '$lib/server/seed-article';
import type { PageServerLoad } from './$types';

const articleId = z.string().regex(/^[0-9a-f]{64}$/);

/** The article `?article=<sha256>` names (pasted earlier), else the demo article. */
export const load: PageServerLoad = ({ url }) => {
  const requested = url.searchParams.get('article');
  if (requested === null) return dashboardData(seedArticle());
  const id = articleId.safeParse(requested);
  if (!id.success) error(400, 'article must be a sha256 in hex');
  const collection = articleById(id.data);
  if (!collection) error(404, 'This article is no longer in memory; paste it again.');
  return dashboardData(collection);
};
