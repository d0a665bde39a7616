import { describe, expect, it } from 'vitest';
import { applyEdits } from '$lib/review/apply-edits';
import type { StoredEdit } from '$lib/annotated/edit';
import { importedReview } from '$lib/review/imported-review';
import { drawn, lookup, seedAnalysis, SIX_REGIONS, SOURCE, storedEdit, storedEdits } from './seed-review';

const edits = storedEdits([
  {
    kind: 'resolve',
    place: 'unresolved:2067',
    units: SIX_REGIONS,
    source: SOURCE,
    note: 'Map by the ministry.'
  },
  { kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' },
  { kind: 'note', target: { type: 'place', id: 'geonames:704422' }, text: 'Stale by now.' },
  { kind: 'status', claim: 1995, status: 'corroborated' },
  { kind: 'note', target: { type: 'claim', start: 1995 }, text: 'Confirmed by the grid operator.' }
]);

/** An export as the server writes it: the effective collection as JSON text. */
const exported = (trail: readonly StoredEdit[]) =>
  JSON.stringify(drawn(applyEdits(seedAnalysis(), trail, lookup)));

const reasons = (value: unknown) => {
  const result = importedReview(value);
  return result.ok ? [] : result.reasons;
};

describe('importedReview', () => {
  it('returns the article and the audit trail of an export', () => {
    const result = importedReview(JSON.parse(exported(edits)));
    expect(result).toMatchObject({
      ok: true,
      article: {
        text: seedAnalysis().article.text,
        title: seedAnalysis().article.title,
        sha256: seedAnalysis().article.sha256
      }
    });
    if (!result.ok) return;
    expect(result.article).not.toHaveProperty('url');
    expect(result.edits.map((edit) => [edit.uid, edit.version, edit.edit])).toEqual(
      edits.map((edit) => [edit.uid, edit.version, edit.edit])
    );
  });

  it('passes on the url and publication date, and no edits for a collection without a review', () => {
    const plain = {
      ...seedAnalysis(),
      article: { ...seedAnalysis().article, url: 'https://example.org/a', published: '2025-08-27' }
    };
    const result = importedReview(JSON.parse(JSON.stringify(plain)));
    expect(result).toMatchObject({
      ok: true,
      edits: [],
      article: { url: 'https://example.org/a', published: '2025-08-27' }
    });
  });

  it('round-trips: export, import, store, export again is byte-identical', () => {
    const first = exported(edits);
    const result = importedReview(JSON.parse(first));
    if (!result.ok) throw new Error(result.reasons.join('\n'));
    // What the store does on import: keep the analysis in stored form (refs and points, as JSON),
    // replay the imported trail, and draw the outlines for the export.
    const base = JSON.parse(JSON.stringify(seedAnalysis()));
    expect(JSON.stringify(drawn(applyEdits(base, result.edits, lookup)))).toBe(first);
  });

  it('rejects versions that are not 1, 2, … n in order', () => {
    const gap = [edits[0]!, storedEdit(3, edits[1]!.edit)];
    expect(reasons(JSON.parse(exported(gap)))).toEqual([
      `review.edits[1]: version 3 where 2 was expected`,
      'review.version: 3, but there are 2 edits'
    ]);
    const swapped = JSON.parse(exported(edits.slice(0, 2)));
    swapped.review.edits.reverse();
    expect(reasons(swapped)).toEqual([
      'review.edits[0]: version 2 where 1 was expected',
      'review.edits[1]: version 1 where 2 was expected'
    ]);
  });

  it('rejects a uid used twice and a review version that is not the last edit’s', () => {
    const repeated = JSON.parse(exported(edits.slice(0, 2)));
    repeated.review.edits[1].uid = repeated.review.edits[0].uid;
    expect(reasons(repeated)).toEqual([`review.edits[1]: uid ${edits[0]!.uid} repeats review.edits[0]`]);
    const ahead = JSON.parse(exported(edits.slice(0, 2)));
    ahead.review.version = 5;
    expect(reasons(ahead)).toEqual(['review.version: 5, but there are 2 edits']);
  });

  it('rejects what validateAnnotatedGeoJson rejects, with its reasons', () => {
    const broken = JSON.parse(exported(edits.slice(0, 1)));
    broken.claims[0].text = 'not the article';
    broken.review.edits[0].edit.kind = 'rewrite';
    const found = reasons(broken);
    expect(found.some((reason) => reason.startsWith('review.edits.0.edit'))).toBe(true);
    expect(reasons({ type: 'FeatureCollection', features: [] })).toContain(
      'article: Invalid input: expected object, received undefined'
    );
  });
});
