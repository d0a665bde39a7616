import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { isArticleId } from '$lib/annotated/article-id';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { mapImageContent } from '$lib/dashboard/map-image/map-image-content';
import { mapImageLayout } from '$lib/dashboard/map-image/map-image-layout';
import { wiremapVersion } from '$lib/dashboard/map-image/wiremap-version';
import { defaultRolesOf } from '$lib/map/layer-roles';
import { BrowserUnavailable } from '$lib/server/publish/chromium-executable';
import { imageQuerySchema } from '$lib/server/publish/image-query';
import { publishedFolder } from '$lib/server/publish/published-folder';
import { renderMapImage } from '$lib/server/publish/render-map-image';
import { openArticleStore } from '$lib/server/store/open-article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';

const usage = `usage: npm run publish -- ID|EXPORT.geojson [--out DIR] [--png FILE] [--svg FILE]
         [--width 1200] [--height 800] [--scale 1|2] [--layers event,struck,…]
  ID: a stored article (the database WIREMAP_DB names); EXPORT.geojson: an annotated GeoJSON export.
  --out: the static folder (page, scripts, style, data, review trail); --png/--svg: an image, drawn by Chromium.`;

/** One problem for stderr, on one line: exit status 2. */
function refuse(reason: string): number {
  console.error(`publish: ${reason}`);
  return 2;
}

/** The reviewed article an argument names: a stored id, or an export file validated as on import. */
async function articleNamed(source: string): Promise<AnnotatedGeoJson | string> {
  if (isArticleId(source)) {
    const store = await openArticleStore();
    try {
      return (await reviewedArticle(store, source))?.annotated ?? `no stored article ${source}`;
    } finally {
      store.client.close();
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    return `cannot read ${source} as JSON: ${error instanceof Error ? error.message : error}`;
  }
  const validation = validateAnnotatedGeoJson(value);
  return validation.ok ? validation.value : `${source} is no annotated GeoJSON: ${validation.reasons[0]}`;
}

/**
 * `publish ID|FILE --out DIR --png FILE --svg FILE`: the static folder of an article's published
 * map and/or its image. Prints one line per file written; bad arguments, a bad article or no
 * browser exit 2 with one line saying why.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        png: { type: 'string' },
        svg: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        layers: { type: 'string' }
      }
    });
  } catch (error) {
    return refuse(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return refuse(`give one article\n${usage}`);
  if (!values.out && !values.png && !values.svg) return refuse(`give --out, --png or --svg\n${usage}`);
  const query = imageQuerySchema.safeParse(
    Object.fromEntries(
      (['width', 'height', 'scale', 'layers'] as const).flatMap((name) =>
        values[name] === undefined ? [] : [[name, values[name]]]
      )
    )
  );
  if (!query.success) {
    const issue = query.error.issues[0]!;
    return refuse(`--${issue.path.join('.')} ${issue.message}`);
  }
  const collection = await articleNamed(positionals[0]!);
  if (typeof collection === 'string') return refuse(collection);
  const { width, height, scale, layers } = query.data;
  const visible = layers ?? defaultRolesOf(collection);
  const folder = await publishedFolder(collection, { visible });
  if (values.out) {
    await mkdir(values.out, { recursive: true });
    for (const [name, body] of folder) await writeFile(join(values.out, name), body);
    console.log(`wrote ${values.out} (${folder.size} files; open index.html from a file server)`);
  }
  for (const format of ['png', 'svg'] as const) {
    const file = values[format];
    if (!file) continue;
    try {
      mapImageLayout(mapImageContent(collection, visible, wiremapVersion), width, height);
      await writeFile(file, await renderMapImage(folder, { width, height, scale, format }));
    } catch (error) {
      if (error instanceof BrowserUnavailable || error instanceof RangeError) return refuse(error.message);
      throw error;
    }
    console.log(
      `wrote ${file} (${width * (format === 'png' ? scale : 1)}×${height * (format === 'png' ? scale : 1)})`
    );
  }
  return 0;
}
