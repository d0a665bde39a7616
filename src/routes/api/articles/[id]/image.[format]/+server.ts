import { exportFileName } from '$lib/dashboard/export-file-name';
import { mapImageContent } from '$lib/dashboard/map-image/map-image-content';
import { mapImageLayout } from '$lib/dashboard/map-image/map-image-layout';
import { wiremapVersion } from '$lib/dashboard/map-image/wiremap-version';
import { defaultRolesOf } from '$lib/map/layer-roles';
import { articleIdParameter } from '$lib/server/api/article-id';
import { jsonError } from '$lib/server/api/json-error';
import { queryParameters } from '$lib/server/api/query-parameters';
import { BrowserUnavailable } from '$lib/server/publish/chromium-executable';
import { imageQuerySchema } from '$lib/server/publish/image-query';
import { publishedFolder } from '$lib/server/publish/published-folder';
import { renderMapImage } from '$lib/server/publish/render-map-image';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

const mediaTypes = { png: 'image/png', svg: 'image/svg+xml' } as const;

/**
 * The reviewed article's map as an image (PNG or SVG), `?width=&height=` CSS pixels at
 * `?scale=` 1 or 2, drawn by the server's Chromium; 503 with the reason when it has none.
 */
export const GET: RequestHandler = async ({ params, url }) => {
  const format = params.format;
  if (format !== 'png' && format !== 'svg') return jsonError(404, `no image format ${format}: png or svg`);
  const id = articleIdParameter(params.id);
  if (!id) return jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');
  const query = queryParameters(url, imageQuerySchema);
  if (!query.ok) return query.response;
  const { width, height, scale, layers } = query.value;
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return jsonError(404, `no article ${id}`);
  const visible = layers ?? defaultRolesOf(reviewed.annotated);
  try {
    mapImageLayout(mapImageContent(reviewed.annotated, visible, wiremapVersion), width, height);
  } catch (error) {
    if (error instanceof RangeError) return jsonError(400, `bad query: ${error.message}`);
    throw error;
  }
  let image: Uint8Array;
  try {
    const folder = await publishedFolder(reviewed.annotated, { visible });
    image = await renderMapImage(folder, { width, height, scale, format });
  } catch (error) {
    if (error instanceof BrowserUnavailable) return jsonError(503, error.message);
    throw error;
  }
  const name = exportFileName(reviewed.annotated.article.title).replace(
    /\.geojson$/,
    `-map${scale === 2 ? '@2x' : ''}.${format}`
  );
  return new Response(Buffer.from(image), {
    headers: { 'content-type': mediaTypes[format], 'content-disposition': `attachment; filename="${name}"` }
  });
};
