#!/usr/bin/env node
// Regenerates demonyms.json from world-countries (demonyms.eng.m/f, ODbL) plus the hand-kept
// supplement in demonyms.supplement.json (plural nouns, short forms). Run once after either changes:
//   node geodata/knowledge/build-demonyms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const here = new URL('.', import.meta.url);
const supplement = JSON.parse(readFileSync(new URL('demonyms.supplement.json', here), 'utf8'));

// word -> candidate countries; a word naming two UN members ("Congolese") maps to neither.
const byWord = new Map();
for (const country of countries) {
  const forms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(Boolean);
  for (const form of new Set(forms.flatMap((f) => f.split(/,\s*|\s+or\s+/)))) {
    if (!byWord.has(form)) byWord.set(form, []);
    byWord.get(form).push(country);
  }
}
const table = {};
for (const [word, list] of byWord) {
  const members = list.filter((c) => c.unMember);
  const pick = list.length === 1 ? list[0] : members.length === 1 ? members[0] : null;
  if (pick && !supplement.exclude.includes(word)) table[word] = pick.cca2;
}
// Plural nationality nouns: "Russians", "Israelis"; "-ese"/"-ish"/"-ch" forms have no plural.
for (const [word, code] of Object.entries({ ...table })) {
  if (/(?:an|i|ian|er|ot)$/.test(word) && !word.includes(' ')) table[`${word}s`] = code;
}
Object.assign(table, supplement.add);
for (const word of supplement.exclude) delete table[word];
const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  new URL('demonyms.json', here),
  JSON.stringify({ source: 'world-countries demonyms.eng (m/f) + demonyms.supplement.json', demonyms: sorted }, null, 1) + '\n'
);
console.log(Object.keys(sorted).length, 'demonyms');
