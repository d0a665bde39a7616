// The media types of a published folder's files, by name: one table for the embed's responses
// and the image renderer's in-memory server.
const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  geojson: 'application/geo+json'
};

/**
 * The Content-Type of a published file, from its name's ending; octet-stream for any other.
 *
 * @example publishedFileType('article.geojson') // 'application/geo+json'
 */
export const publishedFileType = (name: string): string =>
  types[name.split('.').pop()!] ?? 'application/octet-stream';
