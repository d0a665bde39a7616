import { describe, expect, it } from 'vitest';
import { annotateArticle } from '$lib/server/annotate-article';
import { applyEdits } from '$lib/review/apply-edits';
import type { Edit } from '$lib/annotated/edit';
import { editProblem } from '$lib/review/edit-problem';
import { lookup, seedAnalysis, SIX_REGIONS, SOURCE, storedEdits } from './seed-review';

const problem = (edit: Edit) => editProblem(seedAnalysis(), edit, lookup);

describe('editProblem', () => {
  it('finds nothing wrong with an edit of each kind that applies', () => {
    expect(problem({ kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' })).toBeNull();
    expect(
      problem({ kind: 'reassign', place: 'geonames:524901', mentions: [0], to: 'country:RU' })
    ).toBeNull();
    expect(
      problem({ kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE })
    ).toBeNull();
    // A set the engine resolved may be re-resolved by the analyst.
    expect(
      problem({ kind: 'resolve', place: 'set:UA-09+UA-14+UA-23+UA-65', units: ['UA-14'], source: SOURCE })
    ).toBeNull();
    expect(problem({ kind: 'note', target: { type: 'figure', start: 2067 }, text: 'Six.' })).toBeNull();
    expect(problem({ kind: 'status', claim: 1995, status: 'disputed' })).toBeNull();
  });

  it('names the missing place, mention, gazetteer referent, claim or figure', () => {
    expect(problem({ kind: 'reassign', place: 'geonames:1', to: 'country:UA' })).toBe(
      'no place "geonames:1" in the analysis'
    );
    expect(problem({ kind: 'reassign', place: 'geonames:704422', to: 'admin1:XX-99' })).toBe(
      'no place "admin1:XX-99" in the gazetteer'
    );
    expect(problem({ kind: 'reassign', place: 'geonames:524901', mentions: [0, 45], to: 'country:RU' })).toBe(
      'place "geonames:524901" has no mention at 45'
    );
    expect(problem({ kind: 'status', claim: 123, status: 'claimed' })).toBe('no claim starts at 123');
    expect(problem({ kind: 'note', target: { type: 'figure', start: 5 }, text: 'x' })).toBe(
      'no figure starts at 5'
    );
    expect(problem({ kind: 'note', target: { type: 'place', id: 'country:FR' }, text: 'x' })).toBe(
      'no place "country:FR" in the analysis'
    );
  });

  it('refuses a reassignment to the same place, or onto a span the target already has', () => {
    expect(problem({ kind: 'reassign', place: 'country:UA', to: 'country:UA' })).toBe(
      'the mentions already belong to "country:UA"'
    );
    const moved = applyEdits(
      seedAnalysis(),
      storedEdits([{ kind: 'reassign', place: 'geonames:704422', to: 'admin1:UA-14' }]),
      lookup
    );
    expect(
      editProblem(
        moved,
        { kind: 'reassign', place: 'admin1:UA-14', mentions: [2368], to: 'admin1:UA-14' },
        lookup
      )
    ).toBe('the mentions already belong to "admin1:UA-14"');
  });

  it('resolves only collective references, to first-level units we have, each once', () => {
    expect(problem({ kind: 'resolve', place: 'country:UA', units: ['UA-14'], source: SOURCE })).toBe(
      'only a collective reference can be resolved to units'
    );
    expect(
      problem({ kind: 'resolve', place: 'unresolved:2067', units: ['UA-14', 'UA-99'], source: SOURCE })
    ).toBe('"UA-99" is not a first-level unit we have');
    expect(
      problem({ kind: 'resolve', place: 'unresolved:2067', units: ['UA-14', 'UA-14'], source: SOURCE })
    ).toBe('"UA-14" is listed twice');
  });

  it('finds the edits made on one analysis stale on another article’s analysis', () => {
    const other = annotateArticle('Officials in Odesa reported that two drones struck the port overnight.');
    const edits: Edit[] = [
      { kind: 'status', claim: 1995, status: 'disputed' },
      { kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE },
      { kind: 'note', target: { type: 'figure', start: 1954 }, text: 'Utility figure.' }
    ];
    expect(edits.map((edit) => editProblem(seedAnalysis(), edit, lookup))).toEqual([null, null, null]);
    expect(edits.map((edit) => editProblem(other, edit, lookup))).toEqual([
      'no claim starts at 1995',
      'no place "unresolved:2067" in the analysis',
      'no figure starts at 1954'
    ]);
    const replayed = applyEdits(other, storedEdits(edits), lookup);
    expect(replayed.review!.edits.every((edit) => edit.state === 'stale')).toBe(true);
    expect({ ...replayed, review: undefined }).toEqual({ ...other, review: undefined });
  });
});
