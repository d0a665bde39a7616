import { readFileSync } from 'node:fs';
import { geodataFile } from './geodata-file';
import { parseGazetteer } from './parse-gazetteer';
import type { Gazetteer } from './types';

let cached: Gazetteer | undefined;

/**
 * The gazetteer from geodata/gazetteer.tsv, read synchronously once and cached (Node only; the
 * file is found as geodataFile() finds it: $WIREMAP_GEODATA, else walking up from this module).
 */
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(geodataFile('gazetteer.tsv'), 'utf8'));
  return cached;
}
