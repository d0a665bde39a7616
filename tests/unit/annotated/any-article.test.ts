import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '$lib/analysis/analyze-article';
import { storableStringProblem } from '$lib/analysis/storable-string';
import { annotatedFeatureCollection } from '$lib/annotated/annotated-feature-collection';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { seededRandom, syntheticArticle } from '$lib/demo/synthetic-articles';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { placeGeometry } from '$lib/server/place-geometry';

const gazetteer = loadGazetteer();

/** Pieces that stress the rules: quote marks of every kind, numbers in every form, names, odd Unicode. */
const PIECES = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  ',“',
  '.”',
  ' said.',
  ' – AFP',
  'KYIV (Reuters) –',
  'MOSCOW:',
  ' Kharkiv',
  ' Donetsk region',
  ' the Odesa and Mykolaiv regions',
  ' four regions',
  ' six regions',
  ' Kremlin',
  ' Russia’s',
  ' Ukrainian',
  ' pro-Russian',
  ' 1,000',
  ' 2.5bn',
  ' $3 million',
  ' one-fifth',
  ' 45%',
  ' tens of thousands',
  ' over',
  ' at least',
  ' nine',
  ' 18th',
  ' 5:30',
  ' 2022',
  ' km',
  '\n',
  '\n\n',
  ' ',
  '.',
  '?',
  '!',
  '(',
  ')',
  '—',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u200B',
  '\uFEFF',
  'é',
  'Київ',
  'مرحبا',
  '😀',
  '<script>alert(1)</script>'
];

function hostileText(seed: number): string {
  const random = seededRandom(seed);
  const length = 1 + Math.floor(random() * 60);
  let text = '';
  for (let i = 0; i < length; i++) {
    text +=
      random() < 0.8
        ? PIECES[Math.floor(random() * PIECES.length)]
        : String.fromCharCode(Math.floor(random() * 0xffff));
  }
  return text;
}

function annotate(text: string) {
  const analysis = analyzeArticle(text, gazetteer);
  return annotatedFeatureCollection(
    analysis,
    { text, title: 't', sha256: '0'.repeat(64) },
    (place) => placeGeometry(place, gazetteer),
    'test'
  );
}

describe('the analysis of any article', () => {
  it('never throws and yields valid annotated GeoJSON for every storable text (300 seeded hostile texts)', () => {
    const found = { features: 0, quotes: 0, figures: 0 };
    for (let seed = 1; seed <= 300; seed++) {
      const text = hostileText(seed);
      const collection = annotate(text);
      const result = validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)));
      // A text that cannot be stored as it is (NUL, a lone surrogate) is never imported either.
      const storable = storableStringProblem(text) === undefined;
      expect(result, `seed ${seed}: ${JSON.stringify(text)}`).toMatchObject({ ok: storable });
      if (!storable)
        expect(result.ok ? [] : result.reasons).toContainEqual(expect.stringMatching(/^article\.text: /));
      found.features += collection.features.length;
      found.quotes += collection.quotes.length;
      found.figures += collection.figures.length;
    }
    // The texts must exercise the rules, not slip past them: places, quotes and figures are found.
    expect(found.features).toBeGreaterThan(300);
    expect(found.quotes).toBeGreaterThan(3);
    expect(found.figures).toBeGreaterThan(100);
  });

  it('yields valid annotated GeoJSON for wire-length synthetic articles', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const collection = annotate(syntheticArticle(seed));
      expect(validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)))).toMatchObject({ ok: true });
      expect(collection.features.length).toBeGreaterThan(5);
    }
  });
});
