import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { admin1Geometry, countryBoundaries, countryGeometry, screenAdmin1Boundaries } from '$lib/geodata/boundaries';

describe('boundary helpers', () => {
  it('reads units from the screen file, then from the world file', () => {
    expect(screenAdmin1Boundaries()).toHaveLength(110);
    const donetsk = admin1Geometry('UA-14');
    expect(donetsk && booleanPointInPolygon([37.8, 48.0], donetsk)).toBe(true);
    const northDarfur = admin1Geometry('SD-DN');
    expect(northDarfur && booleanPointInPolygon([25.35, 13.63], northDarfur)).toBe(true); // El Fasher
    expect(admin1Geometry('XX-NOPE')).toBeUndefined();
  });

  it('reads countries by alpha-2', () => {
    expect(countryBoundaries().length).toBeGreaterThan(200);
    const sudan = countryGeometry('SD');
    expect(sudan && booleanPointInPolygon([32.53, 15.6], sudan)).toBe(true); // Khartoum
  });
});
