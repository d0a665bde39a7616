import { describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import { editProblem } from '$lib/review/edit-problem';
import { lookup, seedAnalysis, SIX_REGIONS, SOURCE, storedEdit, storedEdits } from './seed-review';

const uid = (version: number) => storedEdit(version, { kind: 'accept', place: 'x' }).uid;
const revert = (version: number): Edit => ({ kind: 'revert', edit: uid(version) });
const states = (collection: ReturnType<typeof applyEdits>) =>
  collection.review!.edits.map((edit) => [edit.state, edit.reason]);
const feature = (collection: ReturnType<typeof applyEdits>, id: string) =>
  collection.features.find((candidate) => candidate.id === id);
const claimAt = (collection: ReturnType<typeof applyEdits>, start: number) =>
  collection.claims.find((claim) => claim.start === start)!;
const withoutReview = (collection: ReturnType<typeof applyEdits>) => ({ ...collection, review: undefined });

describe('reverting edits', () => {
  // One edit of every kind that changes the analysis, each reverted on its own: the analysis is
  // as if it had never been made, whatever the kind (revert never looks inside the edit).
  const kinds: Edit[] = [
    { kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' },
    { kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE },
    { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Checked with the ministry.' },
    { kind: 'status', claim: 1995, status: 'disputed' },
    { kind: 'accept', place: 'geonames:524901' },
    { kind: 'reject', place: 'geonames:745044' }
  ];
  for (const edit of kinds)
    it(`takes back a ${edit.kind} edit and keeps both in the trail`, () => {
      const effective = applyEdits(seedAnalysis(), storedEdits([edit, revert(1)]), lookup);
      expect(states(effective)).toEqual([
        ['reverted', 'reverted by version 2'],
        ['applied', undefined]
      ]);
      expect(withoutReview(effective)).toEqual(withoutReview(applyEdits(seedAnalysis(), [], lookup)));
      expect(effective.review!.version).toBe(2);
      expect(validateAnnotatedGeoJson(JSON.parse(JSON.stringify(effective)))).toMatchObject({ ok: true });
    });

  it('re-applies an edit when its revert is reverted, and takes it back again on a third revert', () => {
    const note: Edit = { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Only one source.' };
    const twice = applyEdits(seedAnalysis(), storedEdits([note, revert(1), revert(2)]), lookup);
    expect(states(twice)).toEqual([
      ['applied', undefined],
      ['reverted', 'reverted by version 3'],
      ['applied', undefined]
    ]);
    expect(claimAt(twice, 1995).notes!.map((entry) => entry.text)).toEqual(['Only one source.']);
    const thrice = applyEdits(seedAnalysis(), storedEdits([note, revert(1), revert(2), revert(3)]), lookup);
    expect(states(thrice).map(([state]) => state)).toEqual(['reverted', 'applied', 'reverted', 'applied']);
    expect(claimAt(thrice, 1995).notes).toBeUndefined();
  });

  it('replays later edits without the reverted one: those that needed it turn stale, and back', () => {
    const edits: Edit[] = [
      { kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' },
      { kind: 'note', target: { type: 'place', id: 'geonames:2017824' }, text: 'Moved here.' },
      revert(1)
    ];
    const effective = applyEdits(seedAnalysis(), storedEdits(edits), lookup);
    expect(states(effective)).toEqual([
      ['reverted', 'reverted by version 3'],
      ['stale', 'no place "geonames:2017824" in the analysis'],
      ['applied', undefined]
    ]);
    expect(feature(effective, 'geonames:704422')).toBeDefined();
    const back = applyEdits(seedAnalysis(), storedEdits([...edits, revert(3)]), lookup);
    expect(states(back).map(([state]) => state)).toEqual(['applied', 'applied', 'reverted', 'applied']);
    expect(feature(back, 'geonames:2017824')!.properties.notes).toHaveLength(1);
  });

  it('marks stale a revert of an unknown, later, already reverted or void edit, as the API refuses it', () => {
    const note: Edit = { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'A note.' };
    const unknown: Edit = { kind: 'revert', edit: '11111111-2222-4333-8444-555555555555' };
    const edits = storedEdits([note, revert(1), revert(1), unknown, revert(4), revert(7), revert(6)]);
    const effective = applyEdits(seedAnalysis(), edits, lookup);
    expect(states(effective)).toEqual([
      ['reverted', 'reverted by version 2'],
      ['applied', undefined],
      ['stale', 'version 1 is already reverted'],
      ['stale', `no edit ${unknown.edit} in the review before this one`],
      ['stale', 'version 4 is a revert that takes nothing back'],
      ['stale', `no edit ${uid(7)} in the review before this one`],
      ['stale', 'version 6 is a revert that takes nothing back']
    ]);
    // The same reasons the API gives when the edit is made against the reviewed trail.
    const before = applyEdits(seedAnalysis(), edits.slice(0, 2), lookup);
    expect(editProblem(before, revert(1), lookup)).toBe('version 1 is already reverted');
    expect(editProblem(before, unknown, lookup)).toBe(
      `no edit ${unknown.edit} in the review before this one`
    );
    expect(editProblem(before, revert(2), lookup)).toBeNull();
  });

  it('reverts a stale edit (nothing changes) and sets a claim back to not reviewed', () => {
    const edits = storedEdits([
      { kind: 'status', claim: 9999, status: 'claimed' },
      revert(1),
      { kind: 'status', claim: 1995, status: 'corroborated' },
      { kind: 'status', claim: 1995, status: 'unreviewed' }
    ]);
    const effective = applyEdits(seedAnalysis(), edits, lookup);
    expect(states(effective).map(([state]) => state)).toEqual(['reverted', 'applied', 'applied', 'applied']);
    expect(claimAt(effective, 1995)).not.toHaveProperty('status');
    expect(withoutReview(effective)).toEqual(withoutReview(applyEdits(seedAnalysis(), [], lookup)));
  });
});
