import { describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import { editProblem } from '$lib/review/edit-problem';
import { lookup, seedAnalysis, storedEdit, storedEdits } from './seed-review';

const feature = (collection: ReturnType<typeof applyEdits>, id: string) =>
  collection.features.find((candidate) => candidate.id === id);
const valid = (collection: unknown) => validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)));

describe('accept, reject and amend edits', () => {
  it('accepts a place: acceptedBy names the edit, the rest stays, a second accept is refused', () => {
    const edit: Edit = { kind: 'accept', place: 'geonames:524901' };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    const before = seedAnalysis().features.find((candidate) => candidate.id === 'geonames:524901')!;
    expect(feature(effective, 'geonames:524901')!.properties).toEqual({
      ...before.properties,
      acceptedBy: { edit: storedEdit(1, edit).uid }
    });
    expect(editProblem(effective, edit, lookup)).toBe('place "geonames:524901" is already accepted');
    expect(editProblem(effective, { kind: 'accept', place: 'geonames:1' }, lookup)).toBe(
      'no place "geonames:1" in the analysis'
    );
    expect(valid(effective)).toMatchObject({ ok: true });
  });

  it('rejects a whole place: out of the features and the claims, kept in `rejected`', () => {
    const edit: Edit = { kind: 'reject', place: 'geonames:704422' };
    const source = seedAnalysis().features.find((candidate) => candidate.id === 'geonames:704422')!;
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(feature(effective, 'geonames:704422')).toBeUndefined();
    expect(effective.claims.some((claim) => claim.places.includes('geonames:704422'))).toBe(false);
    expect(effective.rejected).toEqual([
      {
        place: 'geonames:704422',
        name: source.properties.name,
        mentions: source.properties.mentions,
        edit: storedEdit(1, edit).uid
      }
    ]);
    expect(valid(effective)).toMatchObject({ ok: true });
    // The key order of the export: `rejected` after the claims, before the review.
    expect(Object.keys(effective).slice(-2)).toEqual(['rejected', 'review']);
  });

  it('rejects one mention of a place and keeps the others; a mention it lacks is refused', () => {
    const moscow = seedAnalysis().features.find((candidate) => candidate.id === 'geonames:524901')!;
    const [first, ...others] = moscow.properties.mentions;
    expect(others.length).toBeGreaterThan(0);
    const edit: Edit = { kind: 'reject', place: moscow.id, mentions: [first!.start] };
    const effective = applyEdits(seedAnalysis(), storedEdits([edit]), lookup);
    expect(feature(effective, moscow.id)!.properties.mentions).toEqual(others);
    expect(effective.rejected![0]!.mentions).toEqual([first]);
    expect(editProblem(effective, edit, lookup)).toBe(
      `place "${moscow.id}" has no mention at ${first!.start}`
    );
    expect(valid(effective)).toMatchObject({ ok: true });
  });

  it('rewrites a note, keeping its author and time; a note that is gone cannot be rewritten', () => {
    const note: Edit = { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'First wording.' };
    const noteUid = storedEdit(1, note).uid;
    const amend: Edit = { kind: 'amend', note: noteUid, text: 'Second wording.' };
    const effective = applyEdits(seedAnalysis(), storedEdits([note, amend]), lookup);
    const [written] = effective.claims.find((claim) => claim.start === 1995)!.notes!;
    expect(written).toEqual({
      text: 'Second wording.',
      at: storedEdit(1, note).at,
      client: 'desk-a',
      edit: noteUid,
      amended: { edit: storedEdit(2, amend).uid, at: storedEdit(2, amend).at, client: 'desk-a' }
    });
    // Deleting the note (reverting it) leaves its rewrite with nothing to rewrite.
    const deleted = applyEdits(
      seedAnalysis(),
      storedEdits([note, amend, { kind: 'revert', edit: noteUid }]),
      lookup
    );
    expect(deleted.claims.find((claim) => claim.start === 1995)!.notes).toBeUndefined();
    expect(deleted.review!.edits[1]).toMatchObject({
      state: 'stale',
      reason: `no note from edit ${noteUid}`
    });
    // Undoing the rewrite brings the first wording back.
    const undone = applyEdits(
      seedAnalysis(),
      storedEdits([note, amend, { kind: 'revert', edit: storedEdit(2, amend).uid }]),
      lookup
    );
    expect(undone.claims.find((claim) => claim.start === 1995)!.notes![0]!.text).toBe('First wording.');
    expect(valid(effective)).toMatchObject({ ok: true });
  });
});
