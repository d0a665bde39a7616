#!/usr/bin/env node
// Regenerates first-names.json: compromise's lexicon (MaleName/FemaleName/FirstName, MIT) plus
// first-names.supplement.json (transliterated Slavic, Arabic and other names common in wire copy).
//   node geodata/knowledge/build-first-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const here = new URL('.', import.meta.url);
const supplement = JSON.parse(readFileSync(new URL('first-names.supplement.json', here), 'utf8'));
const lexicon = nlp.model().one.lexicon;
const names = new Set(
  Object.entries(lexicon)
    .filter(([word, tag]) => /MaleName|FemaleName|FirstName/.test(String(tag)) && !word.includes(' '))
    .map(([word]) => word)
);
for (const name of supplement.add) names.add(name.toLowerCase());
for (const name of supplement.exclude) names.delete(name.toLowerCase());
writeFileSync(
  new URL('first-names.json', here),
  JSON.stringify({
    source: 'compromise lexicon (MaleName, FemaleName, FirstName) + first-names.supplement.json',
    names: [...names].sort(),
    // Given names that are mostly place names in news: a person only when a surname follows.
    placeLike: supplement.exclude.map((n) => n.toLowerCase()).sort()
  }) + '\n'
);
console.log(names.size, 'first names');
