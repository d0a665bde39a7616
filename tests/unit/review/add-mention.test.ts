import { describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import { editProblem } from '$lib/review/edit-problem';
import { annotateArticle } from '$lib/server/annotate-article';
import { deepFrozen, lookup, seedAnalysis, storedEdit, storedEdits } from './seed-review';

// Our own sentences: a facility the gazetteer lacks and no town to put it at (kept unresolved),
// Ukraine, and words the analysis does not take for places.
const TEXT =
  'Rescuers searched the Brovarka Hospital overnight after a strike, officials said on Monday. ' +
  'Power was also cut at the old tram depot, and the capital stayed dark until noon, ' +
  'Ukraine’s grid operator said. The country asked its neighbours for generators.';
const analysis: AnnotatedGeoJson = deepFrozen(annotateArticle(TEXT));
const span = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length };
};
const HOSPITAL = span('Brovarka Hospital');
const DEPOT = span('old tram depot');
const CAPITAL = span('capital');
const COUNTRY = span('country');
const UKRAINE = 'country:UA';
const KYIV = 'geonames:703448';
const PIN: [number, number] = [30.6012, 50.4321];

const feature = (collection: AnnotatedGeoJson, id: string) =>
  collection.features.find((candidate) => candidate.id === id);
const replayed = (edits: Edit[]) => applyEdits(analysis, storedEdits(edits), lookup);
const validation = (collection: unknown) => validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)));

describe('the add edit', () => {
  it('starts from an analysis with the hospital unresolved and Ukraine its one other place', () => {
    expect(analysis.features.map((place) => place.id)).toEqual([
      'unresolved:facility:brovarka hospital',
      UKRAINE
    ]);
    expect(feature(analysis, UKRAINE)!.properties.mentions.map((mention) => mention.text)).toEqual([
      'Ukraine'
    ]);
  });

  it('adds a missed mention to a place the analysis found, marked as added by the edit', () => {
    const edit: Edit = { kind: 'add', ...COUNTRY, to: { id: UKRAINE } };
    const effective = replayed([edit]);
    const ukraine = feature(effective, UKRAINE)!;
    expect(ukraine.properties.mentions.map((mention) => mention.text)).toEqual(['Ukraine', 'country']);
    expect(ukraine.properties.mentions[1]).toEqual({
      ...COUNTRY,
      text: 'country',
      literal: true,
      role: 'mentioned',
      added: { edit: storedEdit(1, edit).uid }
    });
    expect(effective.review!.edits[0]).toMatchObject({ state: 'applied' });
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('creates a place from the gazetteer at any level, drawn as the analysis draws it', () => {
    const effective = replayed([
      { kind: 'add', ...DEPOT, to: { id: 'admin1:UA-30' } },
      { kind: 'add', ...CAPITAL, to: { id: KYIV } }
    ]);
    const unit = feature(effective, 'admin1:UA-30')!;
    expect(unit.properties).toMatchObject({ ref: { admin1: 'UA-30' }, kind: 'admin1', confidence: 1 });
    expect(unit.geometry?.type).toMatch(/Polygon/);
    expect(feature(effective, KYIV)!.geometry?.type).toBe('Point');
    // Features stay in order of first mention.
    expect(effective.features.map((place) => place.id)).toEqual([
      'unresolved:facility:brovarka hospital',
      'admin1:UA-30',
      KYIV,
      UKRAINE
    ]);
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('creates a point place for a pin, named after the words unless the analyst names it', () => {
    const effective = replayed([{ kind: 'add', ...DEPOT, to: { point: PIN } }]);
    const pinned = feature(effective, 'point:30.6012,50.4321:old tram depot')!;
    expect(pinned.geometry).toEqual({ type: 'Point', coordinates: PIN });
    expect(pinned.properties).toMatchObject({ ref: { point: PIN }, name: 'old tram depot', kind: 'city' });
    const named = replayed([{ kind: 'add', ...DEPOT, to: { point: PIN, name: 'Tram depot No. 2' } }]);
    expect(feature(named, 'point:30.6012,50.4321:tram depot no. 2')!.properties.name).toBe(
      'Tram depot No. 2'
    );
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('makes pins on one spot one place under one name, and two places under two', () => {
    const same = replayed([
      { kind: 'add', ...DEPOT, to: { point: PIN, name: 'Depot' } },
      { kind: 'add', ...CAPITAL, to: { point: PIN, name: 'depot' } }
    ]);
    const pins = (collection: AnnotatedGeoJson) =>
      collection.features.filter((place) => 'point' in place.properties.ref);
    expect(pins(same).map((place) => place.properties.mentions.length)).toEqual([2]);
    const two = replayed([
      { kind: 'add', ...DEPOT, to: { point: PIN } },
      { kind: 'add', ...CAPITAL, to: { point: PIN } }
    ]);
    expect(pins(two).map((place) => place.properties.name)).toEqual(['old tram depot', 'capital']);
    expect(validation(two)).toMatchObject({ ok: true });
  });

  it('places an unresolved mention: it leaves the unresolved place, keeping its kind and role', () => {
    const edit: Edit = { kind: 'add', ...HOSPITAL, to: { point: PIN } };
    const effective = replayed([edit]);
    expect(feature(effective, 'unresolved:facility:brovarka hospital')).toBeUndefined();
    const pinned = feature(effective, 'point:30.6012,50.4321:brovarka hospital')!;
    const before = feature(analysis, 'unresolved:facility:brovarka hospital')!.properties.mentions[0]!;
    expect(pinned.properties.kind).toBe('facility');
    expect(pinned.properties.mentions).toEqual([
      {
        ...before,
        reassigned: { from: 'unresolved:facility:brovarka hospital', edit: storedEdit(1, edit).uid }
      }
    ]);
    const byGazetteer = replayed([{ kind: 'add', ...HOSPITAL, to: { id: UKRAINE } }]);
    expect(feature(byGazetteer, UKRAINE)!.properties.mentions.map((mention) => mention.text)).toEqual([
      'Brovarka Hospital',
      'Ukraine'
    ]);
    expect(byGazetteer.features.map((place) => place.id)).toEqual([UKRAINE]);
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('replays to the same bytes, and an add whose span is taken by then is kept as stale', () => {
    const edits: Edit[] = [
      { kind: 'add', ...DEPOT, to: { point: PIN } },
      { kind: 'add', ...DEPOT, to: { id: UKRAINE } }
    ];
    const effective = replayed(edits);
    expect(JSON.stringify(replayed(edits))).toBe(JSON.stringify(effective));
    expect(effective.review!.edits.map((edit) => [edit.state, edit.reason])).toEqual([
      ['applied', undefined],
      [
        'stale',
        `the text at ${DEPOT.start}–${DEPOT.end} overlaps the mention "old tram depot" of place "point:30.6012,50.4321:old tram depot" at ${DEPOT.start}–${DEPOT.end} (reassign that mention instead)`
      ]
    ]);
  });
});

describe('editProblem for add', () => {
  const problem = (edit: Edit, collection = analysis) => editProblem(collection, edit, lookup);

  it('finds nothing wrong with a gazetteer or pin choice on free words or an unresolved span', () => {
    expect(problem({ kind: 'add', ...DEPOT, to: { id: 'country:UA' } })).toBeNull();
    expect(problem({ kind: 'add', ...DEPOT, to: { point: PIN } })).toBeNull();
    expect(problem({ kind: 'add', ...HOSPITAL, to: { point: PIN } })).toBeNull();
  });

  it('refuses offsets outside the article, empty, blank or padded spans, each with its reason', () => {
    const to = { point: PIN };
    expect(problem({ kind: 'add', start: 10, end: 10, to })).toBe('the end 10 must come after the start 10');
    expect(problem({ kind: 'add', start: 5, end: TEXT.length + 1, to })).toBe(
      `offsets 5–${TEXT.length + 1} lie outside the article (${TEXT.length} characters)`
    );
    const space = TEXT.indexOf(' ');
    expect(problem({ kind: 'add', start: space, end: space + 1, to })).toBe(
      `the text at ${space}–${space + 1} is blank`
    );
    expect(problem({ kind: 'add', start: DEPOT.start - 1, end: DEPOT.end, to })).toBe(
      `the text at ${DEPOT.start - 1}–${DEPOT.end} starts or ends with a space`
    );
  });

  it('refuses a span overlapping a mention, even part of an unresolved one', () => {
    const ukraine = span('Ukraine’s grid');
    expect(problem({ kind: 'add', ...ukraine, to: { point: PIN } })).toBe(
      `the text at ${ukraine.start}–${ukraine.end} overlaps the mention "Ukraine" of place "${UKRAINE}" at ${ukraine.start}–${ukraine.start + 7} (reassign that mention instead)`
    );
    expect(problem({ kind: 'add', ...span('Ukraine'), to: { id: KYIV } })).toMatch(
      /overlaps the mention "Ukraine"/
    );
    expect(
      problem({ kind: 'add', start: HOSPITAL.start, end: HOSPITAL.start + 8, to: { point: PIN } })
    ).toMatch(/overlaps the mention "Brovarka Hospital" of place "unresolved:facility:brovarka hospital"/);
  });

  it('refuses a collective reference (resolved with units instead) and an unknown gazetteer id', () => {
    const six = seedAnalysis().features.find((place) => place.id === 'unresolved:2067')!.properties
      .mentions[0]!;
    expect(
      problem({ kind: 'add', start: six.start, end: six.end, to: { point: PIN } }, seedAnalysis())
    ).toMatch(/overlaps the mention "six regions" of place "unresolved:2067"/);
    expect(problem({ kind: 'add', ...DEPOT, to: { id: 'geonames:1' } })).toBe(
      'no place "geonames:1" in the gazetteer'
    );
  });
});
