import { describe, expect, it } from 'vitest';
import { applyEdits } from '$lib/review/apply-edits';
import { featureUnits, unitConcerns } from '$lib/review/unit-concerns';
import { lookup, seedAnalysis, SIX_REGIONS, SOURCE, storedEdits } from './seed-review';

const byId = (id: string) => seedAnalysis().features.find((feature) => feature.id === id)!;

describe('featureUnits', () => {
  it('is the unit itself, the members of a set, or the unit a town lies in; none for a country', () => {
    expect(featureUnits(byId('admin1:UA-14'), lookup)).toEqual(['UA-14']);
    expect(featureUnits(byId('set:UA-09+UA-14+UA-23+UA-65'), lookup)).toEqual([
      'UA-14',
      'UA-09',
      'UA-23',
      'UA-65'
    ]);
    expect(featureUnits(byId('geonames:704422'), lookup)).toEqual(['UA-14']);
    expect(featureUnits(byId('country:UA'), lookup)).toEqual([]);
    expect(featureUnits(byId('unresolved:2067'), lookup)).toEqual([]);
  });
});

describe('unitConcerns', () => {
  it('counts the seed’s claims and figures per unit, skipping places only named as actors', () => {
    // Moscow: the literal dateline "MOSCOW"; Istanbul: a claim and a figure about the talks; the
    // four annexed regions: two claims (demand, rejection) and a figure; Donetsk also the claim
    // about Pokrovsk (named twice in it, counted once). Kyiv (UA-30) is only "Kyiv has rejected".
    expect(unitConcerns(seedAnalysis(), lookup)).toEqual([
      { unit: 'RU-MOW', claims: 0, figures: 0 },
      { unit: 'TR-34', claims: 1, figures: 1 },
      { unit: 'UA-09', claims: 2, figures: 1 },
      { unit: 'UA-14', claims: 3, figures: 1 },
      { unit: 'UA-23', claims: 2, figures: 1 },
      { unit: 'UA-65', claims: 2, figures: 1 }
    ]);
  });

  it('follows the review: resolved regions gain the claim and the figure about them', () => {
    const effective = applyEdits(
      seedAnalysis(),
      storedEdits([{ kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE }]),
      lookup
    );
    expect(unitConcerns(effective, lookup)).toEqual([
      { unit: 'RU-MOW', claims: 0, figures: 0 },
      { unit: 'TR-34', claims: 1, figures: 1 },
      { unit: 'UA-09', claims: 2, figures: 1 },
      { unit: 'UA-12', claims: 1, figures: 1 },
      { unit: 'UA-14', claims: 3, figures: 1 },
      { unit: 'UA-18', claims: 1, figures: 1 },
      { unit: 'UA-23', claims: 2, figures: 1 },
      { unit: 'UA-53', claims: 1, figures: 1 },
      { unit: 'UA-59', claims: 1, figures: 1 },
      { unit: 'UA-63', claims: 1, figures: 1 },
      { unit: 'UA-65', claims: 2, figures: 1 },
      { unit: 'UA-74', claims: 1, figures: 1 }
    ]);
  });

  it('moves with a reassignment: Pokrovsk in Sakha concerns RU-SA, Donetsk keeps the claim that also names it', () => {
    const effective = applyEdits(
      seedAnalysis(),
      storedEdits([{ kind: 'reassign', place: 'geonames:704422', to: 'geonames:2017824' }]),
      lookup
    );
    const concerns = unitConcerns(effective, lookup);
    expect(concerns.find((row) => row.unit === 'RU-SA')).toEqual({ unit: 'RU-SA', claims: 1, figures: 0 });
    expect(concerns.find((row) => row.unit === 'UA-14')).toEqual({ unit: 'UA-14', claims: 3, figures: 1 });
  });
});
