import { describe, expect, it } from 'vitest';
import { publishedFileType } from '$lib/server/publish/file-type';

describe('publishedFileType', () => {
  it('names the media type of each kind of file a published folder holds', () => {
    expect(publishedFileType('index.html')).toBe('text/html; charset=utf-8');
    expect(publishedFileType('assets/published-map.js')).toBe('text/javascript; charset=utf-8');
    expect(publishedFileType('article.geojson')).toBe('application/geo+json');
    expect(publishedFileType('publication.json')).toBe('application/json');
  });

  it('falls back to octet-stream for any other name', () => {
    expect(publishedFileType('map.png')).toBe('application/octet-stream');
    expect(publishedFileType('README')).toBe('application/octet-stream');
  });
});
