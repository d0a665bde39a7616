import { error, json } from '@sveltejs/kit';
import { exportFileName } from '$lib/dashboard/export-file-name';
import { articleById } from '$lib/server/seed-article';
import type { RequestHandler } from './$types';

/** The annotated GeoJSON of an article in memory, as a download named after its title. */
export const GET: RequestHandler = ({ params }) => {
  if (!/^[0-9a-f]{64}$/.test(params.id)) error(400, 'the id must be a sha256 in hex');
  const collection = articleById(params.id);
  if (!collection) error(404, 'This article is no longer in memory; paste it again.');
  return json(collection, {
    headers: {
      'content-type': 'application/geo+json',
      'content-disposition': `attachment; filename="${exportFileName(collection.article.title)}"`
    }
  });
};
