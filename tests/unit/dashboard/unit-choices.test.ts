import { describe, expect, it } from 'vitest';
import { unitChoices, type UnitChoice } from '$lib/dashboard/unit-choices';

const units: UnitChoice[] = [
  { code: 'UA-23', name: 'Zaporizhzhia Oblast', country: 'Ukraine' },
  { code: 'UA-12', name: 'Dnipropetrovsk Oblast', country: 'Ukraine' },
  { code: 'MD-CU', name: 'Chișinău', country: 'Moldova' },
  { code: 'UA-14', name: 'Donetsk Oblast', country: 'Ukraine' }
];
const codes = (list: UnitChoice[]) => list.map((unit) => unit.code);

describe('unitChoices', () => {
  it('lists every unit by country and name for an empty query', () => {
    expect(codes(unitChoices(units, '  '))).toEqual(['MD-CU', 'UA-12', 'UA-14', 'UA-23']);
  });

  it('finds units by any words of name, code or country, in any case and without accents', () => {
    expect(codes(unitChoices(units, 'DNIPRO'))).toEqual(['UA-12']);
    expect(codes(unitChoices(units, 'chisinau'))).toEqual(['MD-CU']);
    expect(codes(unitChoices(units, 'ua-14'))).toEqual(['UA-14']);
    expect(codes(unitChoices(units, 'ukraine oblast d'))).toEqual(['UA-12', 'UA-14']);
    expect(codes(unitChoices(units, 'nowhere'))).toEqual([]);
  });
});
