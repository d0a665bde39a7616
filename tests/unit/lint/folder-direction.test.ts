import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints scratch snippets as if they lived in a folder of src/lib, with the project's own
// eslint.config.js: proof that `npm run lint` fails on a wrong-way import (docs/architecture.md).
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('the folder direction that eslint.config.js enforces', () => {
  it('refuses map/ importing dashboard/ (the cycle it once had)', async () => {
    const problems = await restrictedImports(
      'src/lib/map/scratch.ts',
      "import { layerRoleOf } from '$lib/dashboard/legend-model';\nexport const y = layerRoleOf;\n"
    );
    expect(problems).toEqual([expect.stringContaining('map/ sits below dashboard')]);
  }, 60_000);

  it('refuses analysis/ reaching up to annotated/ through a relative path', async () => {
    const problems = await restrictedImports(
      'src/lib/analysis/places/scratch.ts',
      "import { articleSchema } from '../../annotated/schema';\nexport const y = articleSchema;\n"
    );
    expect(problems).toEqual([expect.stringContaining('analysis/ sits below annotated')]);
  }, 60_000);

  it('lets analysis/ read geodata types, normalizeName and knowledge, but not the Node loader', async () => {
    const allowed = await restrictedImports(
      'src/lib/analysis/places/scratch.ts',
      [
        "import type { Gazetteer } from '../../geodata/types';",
        "import { normalizeName } from '../../geodata/gazetteer';",
        "import demonyms from '../../../../geodata/knowledge/demonyms.json';",
        "import { tokenize } from '../text/tokenize';",
        'export type G = Gazetteer;',
        'export const y = [normalizeName, demonyms, tokenize];'
      ].join('\n')
    );
    expect(allowed).toEqual([]);
    const loader = await restrictedImports(
      'src/lib/analysis/places/scratch.ts',
      "import { loadGazetteer } from '../../geodata/load-gazetteer';\nexport const y = loadGazetteer;\n"
    );
    expect(loader).toEqual([expect.stringContaining('analysis/ reads only geodata types')]);
  }, 60_000);

  it('refuses a package other than zod in analysis/', async () => {
    const problems = await restrictedImports(
      'src/lib/analysis/scratch.ts',
      "import { scaleLinear } from 'd3-scale';\nexport const y = scaleLinear;\n"
    );
    expect(problems).toEqual([expect.stringContaining('no package but zod')]);
  }, 60_000);

  it('keeps domain folders free of Svelte, server/ and MapLibre at runtime, types allowed', async () => {
    const svelte = await restrictedImports(
      'src/lib/dashboard/scratch.ts',
      "import { mount } from 'svelte';\nexport const y = mount;\n"
    );
    expect(svelte).toEqual([expect.stringContaining('no Svelte')]);
    const server = await restrictedImports(
      'src/lib/review/scratch.ts',
      "import { articleStore } from '$lib/server/store/article-store';\nexport const y = articleStore;\n"
    );
    expect(server).toEqual([expect.stringContaining('never import server/')]);
    const runtime = await restrictedImports(
      'src/lib/map/scratch.ts',
      "import maplibregl from 'maplibre-gl';\nexport const y = maplibregl;\n"
    );
    expect(runtime).toEqual([expect.stringContaining('MapLibre types only')]);
    const types = await restrictedImports(
      'src/lib/map/scratch.ts',
      "import type { LayerSpecification } from 'maplibre-gl';\nexport type Y = LayerSpecification;\n"
    );
    expect(types).toEqual([]);
  }, 60_000);

  it('keeps components/ away from server/', async () => {
    const problems = await restrictedImports(
      'src/lib/components/scratch.ts',
      "import { articleStore } from '$lib/server/store/article-store';\nexport const y = articleStore;\n"
    );
    expect(problems).toEqual([expect.stringContaining('server/ is reached through the API')]);
  }, 60_000);
});
