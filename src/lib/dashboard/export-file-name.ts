/**
 * The file name of an article's export: its title as a lower-case ASCII slug, at most 60
 * characters, e.g. "Russia rejects peacekeepers…" → "russia-rejects-peacekeepers.geojson".
 */
export function exportFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'article'}.geojson`;
}
