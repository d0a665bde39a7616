import { describe, expect, it } from 'vitest';
import type { AnnotatedFeature } from '$lib/annotated/schema';
import { assignedUnits, isAssignable, reassignmentOf } from '$lib/dashboard/collective-units';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const byId = (id: string) => annotatedFixture().features.find((feature) => feature.id === id)!;

/** A name the analysis found but could not place, as unresolved-places makes it. */
function unplacedName(): AnnotatedFeature {
  const avdiivka = byId(fixtureIds.avdiivka);
  return {
    ...avdiivka,
    id: 'unresolved:facility:avdiivka coke plant',
    properties: { ...avdiivka.properties, kind: 'facility', ref: { unresolved: 'Avdiivka coke plant' } }
  };
}

describe('how a place is reassigned', () => {
  it('picks units for a collective reference, named or not', () => {
    expect(reassignmentOf(byId(fixtureIds.threeRegions))).toBe('pick-units');
    expect(reassignmentOf(byId(fixtureIds.south))).toBe('pick-units');
    expect(isAssignable(byId(fixtureIds.threeRegions))).toBe(true);
  });

  it('places the words of a name the analysis could not locate, instead of picking units', () => {
    expect(reassignmentOf(unplacedName())).toBe('place-words');
    expect(isAssignable(unplacedName())).toBe(false);
  });

  it('chooses another candidate for a located place', () => {
    for (const id of [fixtureIds.avdiivka, fixtureIds.donetsk, fixtureIds.russia])
      expect(reassignmentOf(byId(id))).toBe('choose-candidate');
  });

  it('starts a collective pick from the first-level units it already stands for', () => {
    expect(assignedUnits(byId(fixtureIds.south))).toEqual(['UA-23', 'UA-65']);
    expect(assignedUnits(byId(fixtureIds.threeRegions))).toEqual([]);
  });
});
