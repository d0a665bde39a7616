import { describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import type { Edit } from '$lib/annotated/edit';
import {
  deepFrozen,
  drawn,
  lookup,
  seedAnalysis,
  SIX_REGIONS,
  SOURCE,
  storedEdit,
  storedEdits
} from './seed-review';

const feature = (collection: ReturnType<typeof seedAnalysis>, id: string) =>
  collection.features.find((candidate) => candidate.id === id);
const claimAt = (collection: ReturnType<typeof seedAnalysis>, start: number) =>
  collection.claims.find((claim) => claim.start === start)!;

/** Validation as an importer sees the collection: after a JSON round trip. */
const validation = (collection: unknown) => validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)));

describe('applyEdits', () => {
  it('with no edits returns the analysis and an empty review at version 0', () => {
    const effective = applyEdits(seedAnalysis(), [], lookup);
    expect(effective.review).toEqual({ version: 0, edits: [] });
    expect({ ...effective, review: undefined }).toEqual({ ...seedAnalysis(), review: undefined });
  });

  it('never modifies its inputs: every kind of edit on a deep-frozen analysis and trail', () => {
    const before = JSON.stringify(seedAnalysis());
    const edits = deepFrozen(
      storedEdits([
        { kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE },
        { kind: 'reassign', place: 'geonames:704422', to: 'admin1:UA-14' },
        { kind: 'note', target: { type: 'place', id: 'admin1:UA-14' }, text: 'Oblast centre shelled.' },
        { kind: 'status', claim: 2263, status: 'disputed' }
      ])
    );
    expect(Object.isFrozen(seedAnalysis().features[0]!.properties.mentions)).toBe(true);
    const effective = applyEdits(seedAnalysis(), edits, lookup);
    expect(effective.review!.edits.map((edit) => edit.state)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied'
    ]);
    expect(JSON.stringify(seedAnalysis())).toBe(before);
    expect(edits.every((edit) => edit.state === 'applied' && edit.reason === undefined)).toBe(true);
    // A base that already carries notes and mentions moved by an analyst: edits on top of it.
    const reviewed = deepFrozen(effective);
    const again = applyEdits(
      reviewed,
      storedEdits([
        { kind: 'note', target: { type: 'place', id: 'admin1:UA-14' }, text: 'Second note.' },
        { kind: 'reassign', place: 'admin1:UA-14', mentions: [2368], to: 'geonames:2017824' }
      ]),
      lookup
    );
    expect(feature(again, 'admin1:UA-14')!.properties.notes!.map((note) => note.text)).toEqual([
      'Oblast centre shelled.',
      'Second note.'
    ]);
    expect(feature(effective, 'admin1:UA-14')!.properties.notes).toHaveLength(1);
  });

  it('resolves the unresolved "six regions" to the analyst’s units, drawn as their outlines', () => {
    const edit: Edit = { kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    const resolved = feature(effective, 'unresolved:2067')!;
    expect(resolved.properties.ref).toEqual({ set: SIX_REGIONS, named_in_text: false, basis: 'analyst' });
    expect(resolved.properties.needsReview).toBeUndefined();
    expect(resolved.properties.resolvedBy).toEqual({ edit: storedEdit(1, edit).uid, source: SOURCE });
    // The analysis keeps the set's codes; its outline is drawn at the edges, each of the six
    // oblasts one Polygon of geodata/admin1.geojson.
    expect(resolved.geometry).toBeNull();
    const outline = feature(drawn(effective), 'unresolved:2067')!.geometry;
    expect(outline).toMatchObject({ type: 'MultiPolygon' });
    expect(outline!.coordinates).toHaveLength(6);
    expect(effective.review!.edits[0]).toMatchObject({ state: 'applied', version: 1 });
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('moves one mention to an existing feature and records where it came from', () => {
    const edit: Edit = { kind: 'reassign', place: 'geonames:524901', mentions: [1665], to: 'country:RU' };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    const moscow = feature(effective, 'geonames:524901')!;
    const russia = feature(effective, 'country:RU')!;
    expect(moscow.properties.mentions.map((mention) => mention.start)).toEqual([0, 237, 882]);
    const moved = russia.properties.mentions.find((mention) => mention.start === 1665);
    expect(moved).toMatchObject({
      text: 'Moscow',
      reassigned: { from: 'geonames:524901', edit: storedEdit(1, edit).uid }
    });
    const starts = russia.properties.mentions.map((mention) => mention.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('creates the target from the gazetteer and re-points claims when the source is emptied', () => {
    // The Russian Pokrovsk (Sakha) is the analysis' runner-up for "Pokrovsk".
    const edit: Edit = { kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(feature(effective, 'geonames:704422')).toBeUndefined();
    expect(feature(effective, 'geonames:2017824')).toMatchObject({
      geometry: { type: 'Point', coordinates: [129.137, 61.4777] },
      properties: {
        ref: { geonames: 2017824 },
        name: 'Pokrovsk',
        kind: 'city',
        roles: ['event'],
        confidence: 1,
        alternatives: []
      }
    });
    expect(claimAt(effective, 2263).places).toEqual(['admin1:UA-14', 'geonames:2017824', 'country:UA']);
    const ids = effective.features.map((item) => item.id);
    expect(ids.indexOf('geonames:2017824')).toBe(ids.length - 1); // its mention is the last one
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('re-points into a feature a claim already names without listing it twice', () => {
    const edit: Edit = { kind: 'reassign', place: 'geonames:704422', to: 'admin1:UA-14' };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(claimAt(effective, 2263).places).toEqual(['admin1:UA-14', 'country:UA']);
    expect(feature(effective, 'admin1:UA-14')!.properties.mentions.map((mention) => mention.text)).toEqual([
      'Donetsk region',
      'Pokrovsk'
    ]);
  });

  it('recomputes roles after re-pointing: a demand about a place makes it contested', () => {
    const edit: Edit = { kind: 'reassign', place: 'set:UA-09+UA-14+UA-23+UA-65', to: 'admin1:UA-14' };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(feature(seedAnalysis(), 'admin1:UA-14')!.properties.roles).toEqual(['event']);
    expect(feature(effective, 'admin1:UA-14')!.properties.roles).toEqual(['contested', 'event', 'mentioned']);
    expect(claimAt(effective, 1665).places).toEqual(['admin1:UA-14']);
    expect(effective.figures.find((figure) => figure.start === 1713)!.places).toEqual(['admin1:UA-14']);
  });

  it('reads the event kind again after a reassignment: the target gains it, an emptied place loses it', () => {
    // "Istanbul" is a meeting place (talks); moved onto Kyiv, an actor with no event, Kyiv meets.
    const edit: Edit = { kind: 'reassign', place: 'geonames:745044', to: 'geonames:703448' };
    expect(feature(seedAnalysis(), 'geonames:703448')!.properties.event).toBeUndefined();
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(feature(effective, 'geonames:703448')!.properties).toMatchObject({
      roles: ['meeting', 'actor'],
      event: 'talks'
    });
    // Kyiv's own mention moved onto Istanbul: Istanbul keeps talks; moved back, Kyiv has none again.
    const back: Edit = {
      kind: 'reassign',
      place: 'geonames:703448',
      mentions: [1575],
      to: 'geonames:745044'
    };
    const restored = applyEdits(seedAnalysis(), storedEdits([edit, back]), lookup);
    expect(feature(restored, 'geonames:703448')!.properties.event).toBeUndefined();
    expect(feature(restored, 'geonames:745044')!.properties.event).toBe('talks');
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('appends notes to places, claims and figures with the edit’s time, client and uid', () => {
    const edits = storedEdits([
      { kind: 'note', target: { type: 'place', id: 'geonames:745044' }, text: 'Talks venue, not a target.' },
      { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Ministry did not list the regions.' },
      { kind: 'note', target: { type: 'figure', start: 1954 }, text: 'Utility figure, same day.' },
      { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Second source pending.' }
    ]);
    const effective = applyEdits(seedAnalysis(), edits, lookup);
    expect(feature(effective, 'geonames:745044')!.properties.notes).toEqual([
      { text: 'Talks venue, not a target.', at: edits[0]!.at, client: 'desk-a', edit: edits[0]!.uid }
    ]);
    expect(claimAt(effective, 1995).notes!.map((note) => [note.text, note.edit])).toEqual([
      ['Ministry did not list the regions.', edits[1]!.uid],
      ['Second source pending.', edits[3]!.uid]
    ]);
    expect(effective.figures.find((figure) => figure.start === 1954)!.notes).toHaveLength(1);
    expect(validation(effective)).toMatchObject({ ok: true });
  });

  it('sets a claim’s status, the latest edit winning', () => {
    const effective = applyEdits(
      seedAnalysis(),
      storedEdits([
        { kind: 'status', claim: 1995, status: 'disputed' },
        { kind: 'status', claim: 1995, status: 'corroborated' }
      ]),
      lookup
    );
    expect(claimAt(effective, 1995).status).toBe('corroborated');
    expect(claimAt(effective, 1665).status).toBeUndefined();
  });

  it('keeps an edit that cannot apply as stale with its reason, and still applies later ones', () => {
    const edits = storedEdits([
      { kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' },
      { kind: 'note', target: { type: 'place', id: 'geonames:704422' }, text: 'Front-line town.' },
      { kind: 'status', claim: 9999, status: 'disputed' },
      { kind: 'status', claim: 2263, status: 'claimed' }
    ]);
    const effective = applyEdits(seedAnalysis(), edits, lookup);
    expect(effective.review!.edits.map((edit) => [edit.state, edit.reason])).toEqual([
      ['applied', undefined],
      ['stale', 'no place "geonames:704422" in the analysis'],
      ['stale', 'no claim starts at 9999'],
      ['applied', undefined]
    ]);
    expect(effective.review!.version).toBe(4);
    expect(claimAt(effective, 2263).status).toBe('claimed');
  });

  it('recomputes a stored state: an edit marked stale that applies again is applied, and vice versa', () => {
    const wronglyStale = { ...storedEdit(1, { kind: 'status', claim: 1995, status: 'disputed' }) };
    const marked = { ...wronglyStale, state: 'stale' as const, reason: 'old reason' };
    const wronglyApplied = storedEdit(2, { kind: 'status', claim: 7, status: 'disputed' });
    const trail = applyEdits(seedAnalysis(), [marked, wronglyApplied], lookup).review!.edits;
    expect(trail[0]).toEqual({ ...wronglyStale, state: 'applied' });
    expect(trail[1]).toEqual({ ...wronglyApplied, state: 'stale', reason: 'no claim starts at 7' });
  });

  it('replays in version order whatever order the edits come in', () => {
    const edits = storedEdits([
      { kind: 'status', claim: 1995, status: 'disputed' },
      { kind: 'status', claim: 1995, status: 'corroborated' }
    ]);
    const forwards = applyEdits(seedAnalysis(), edits, lookup);
    const backwards = applyEdits(seedAnalysis(), [...edits].reverse(), lookup);
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(forwards));
    expect(claimAt(backwards, 1995).status).toBe('corroborated');
  });

  it('is deterministic to the byte, whatever key order the edits were written in', () => {
    const edit: Edit = { kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE };
    const shuffled = {
      source: SOURCE,
      units: SIX_REGIONS,
      place: 'unresolved:2067',
      kind: 'resolve'
    } as Edit;
    const statusThenNote = storedEdits([
      edit,
      { kind: 'status', claim: 1995, status: 'disputed' },
      { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Checked.' }
    ]);
    const noteThenStatus = [
      statusThenNote[0]!,
      { ...statusThenNote[2]!, version: 2 },
      { ...statusThenNote[1]!, version: 3 }
    ];
    const once = JSON.stringify(applyEdits(seedAnalysis(), statusThenNote, lookup));
    expect(JSON.stringify(applyEdits(seedAnalysis(), statusThenNote, lookup))).toBe(once);
    const reordered = [{ ...statusThenNote[0]!, edit: shuffled }, ...statusThenNote.slice(1)];
    expect(JSON.stringify(applyEdits(seedAnalysis(), reordered, lookup))).toBe(once);
    // Members keep the schema's order (status before notes) whichever edit added them first.
    const claim = claimAt(applyEdits(seedAnalysis(), deepFrozen(noteThenStatus), lookup), 1995);
    expect(Object.keys(claim).slice(-2)).toEqual(['status', 'notes']);
  });
});
