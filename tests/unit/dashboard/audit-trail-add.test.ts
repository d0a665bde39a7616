import { describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import { auditTrail } from '$lib/dashboard/audit-trail';
import { applyEdits } from '$lib/review/apply-edits';
import { annotateArticle } from '$lib/server/annotate-article';
import { lookup, storedEdits } from '../review/seed-review';

const TEXT =
  'Crews searched the Brovarka Hospital after the strike, officials said. ' +
  'The old tram depot also burned, Ukraine’s emergency service said.';
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('the audit trail of add edits', () => {
  it('says what was added and what was placed, and where', () => {
    const edits: Edit[] = [
      { kind: 'add', ...span('old tram depot'), to: { point: [30.61234, 50.4] } },
      { kind: 'add', ...span('Brovarka Hospital'), to: { id: 'country:UA' } }
    ];
    const collection = applyEdits(annotateArticle(TEXT), storedEdits(edits), lookup);
    expect(
      collection.features.some((feature) => feature.id === 'unresolved:facility:brovarka hospital')
    ).toBe(false);
    expect(auditTrail(collection, (code) => code).map((row) => row.what)).toEqual([
      'Placed “Brovarka Hospital” at Ukraine',
      'Added “old tram depot” at a pin (30.6123, 50.4000)'
    ]);
  });
});
