import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { annotatedGeoJsonSchema } from '$lib/annotated/schema';

const path = 'docs/annotated-geojson.schema.json';

describe('docs/annotated-geojson.schema.json', () => {
  it('is the JSON Schema generated from the zod schema the code validates with', () => {
    const generated = `${JSON.stringify(z.toJSONSchema(annotatedGeoJsonSchema), null, 2)}\n`;
    if (process.env.REGEN === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
