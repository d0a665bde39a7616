import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../../src/lib/analysis/places/find-dateline';

describe('findDateline', () => {
  it('reads an all-caps place with a colon', () => {
    const found = findDateline('PARIS: The talks resumed.');
    expect(found?.dateline).toEqual({ start: 0, end: 6, text: 'PARIS:', place: 'PARIS', agency: null });
    expect([found?.placeStart, found?.placeEnd]).toEqual([0, 5]);
  });

  it('reads an agency in brackets and a dash', () => {
    const found = findDateline('KYIV (Reuters) – Air raid sirens sounded.');
    expect(found?.dateline.text).toBe('KYIV (Reuters) –');
    expect(found?.dateline.agency).toBe('Reuters');
  });

  it('reads a country after the place', () => {
    const found = findDateline('KRAMATORSK, Ukraine (AP) — Shells fell overnight.');
    expect(found?.dateline.place).toBe('KRAMATORSK');
    expect(found?.qualifier).toBe('Ukraine');
    expect(found?.dateline.agency).toBe('AP');
  });

  it('reads a multi-word place', () => {
    expect(findDateline('NEW YORK (AP) - Stocks fell.')?.dateline.place).toBe('NEW YORK');
  });

  it('needs an agency for a title-case place', () => {
    expect(findDateline('Kyiv (AFP) - Sirens sounded.')?.dateline.place).toBe('Kyiv');
    expect(findDateline('Russia launched drones overnight.')).toBeNull();
    expect(findDateline('The Kremlin said: nothing changed.')).toBeNull();
  });
});

describe('findDateline with several places', () => {
  it('returns every place of a slash-joined dateline, the first as the dateline place', () => {
    const found = findDateline('LONDON/KYIV (Reuters) - Aid arrived.');
    expect(found?.dateline.place).toBe('LONDON');
    expect(found?.places).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 11 }
    ]);
  });

  it('finds the dateline on the line after a headline', () => {
    expect(findDateline('Talks Stall Again\nKYIV (AP) — Sirens sounded.')?.dateline.start).toBe(18);
  });
});

describe('findDateline vetting', () => {
  it('needs a known place or an agency', () => {
    expect(findDateline('FILE PHOTO: A view of the port.', () => false)).toBeNull();
    expect(findDateline('UNITED NATIONS (AP) — The council met.', () => false)?.dateline.agency).toBe('AP');
  });

  it('does not read a hyphenated abbreviation as a dateline', () => {
    expect(findDateline('U.S.-Russia talks resumed.')).toBeNull();
  });
});

describe('findDateline with a dash that lost its space', () => {
  it('ends the dateline at a dash glued to the first word', () => {
    const found = findDateline('LAGOS, Nigeria (Reuters) -Gunmen seized a bus on Monday.');
    expect(found?.dateline.text).toBe('LAGOS, Nigeria (Reuters) -');
    expect(found?.dateline.place).toBe('LAGOS');
  });

  it('ends the dateline at a double hyphen with no space around it', () => {
    const found = findDateline('SENDAI--The coast guard widened its search.');
    expect(found?.dateline.place).toBe('SENDAI');
    expect(found?.dateline.text).toBe('SENDAI--');
  });

  it('still reads a hyphenated compound as no dateline', () => {
    expect(findDateline('U.S.-Russia talks resumed on Monday.')).toBeNull();
    expect(findDateline('NATO-Russia ties worsened.')).toBeNull();
  });
});

describe('findDateline beyond A–Z', () => {
  it('reads all-caps places with accents, precomposed or decomposed', () => {
    expect(findDateline('SÃO TOMÉ (Reuters) - Rain fell.')?.dateline.place).toBe('SÃO TOMÉ');
    expect(findDateline('ZU\u0308RICH: Banks opened late.')?.dateline.place).toBe('ZU\u0308RICH');
  });

  it('gives the span of an all-caps country after the town', () => {
    const text = 'OSHAKATI, NAMIBIA (AP) — Wells ran dry.';
    const found = findDateline(text);
    expect(found?.qualifier).toBe('NAMIBIA');
    expect(text.slice(found!.qualifierSpan!.start, found!.qualifierSpan!.end)).toBe('NAMIBIA');
  });
});
