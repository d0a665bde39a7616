import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { placeGeometry } from '$lib/server/place-geometry';
import { reviewLookup } from '$lib/server/review-lookup';

const lookup = reviewLookup();

describe('reviewLookup', () => {
  it('is built once', () => expect(reviewLookup()).toBe(lookup));

  it('knows every gazetteer id, with the referent its id names and geometry where placeGeometry puts it', () => {
    const gazetteer = loadGazetteer();
    const wrong: string[] = [];
    for (const entry of gazetteer.entries) {
      const info = lookup.referent(entry.id);
      const [scheme, key] = [
        entry.id.slice(0, entry.id.indexOf(':')),
        entry.id.slice(entry.id.indexOf(':') + 1)
      ];
      const refKey = info && Object.keys(info.ref)[0];
      const refValue = info && Object.values(info.ref)[0];
      const ok =
        info !== undefined &&
        info.name === entry.name &&
        info.kind === entry.kind &&
        info.admin1 === entry.admin1 &&
        refKey === scheme &&
        String(refValue) === key &&
        info.geometry !== null &&
        // Towns, seas and facilities are drawn at the gazetteer's point.
        (info.geometry.type !== 'Point' ||
          (info.geometry.coordinates[0] === entry.lon && info.geometry.coordinates[1] === entry.lat));
      if (!ok) wrong.push(entry.id);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    const schemes = new Set(gazetteer.entries.map((entry) => entry.id.slice(0, entry.id.indexOf(':'))));
    expect([...schemes].sort()).toEqual(['admin1', 'country', 'curated', 'geonames']);
  });

  it('draws countries and first-level units as outlines, exactly as the analysis does', () => {
    const gazetteer = loadGazetteer();
    for (const id of ['country:UA', 'country:RU', 'admin1:UA-14', 'admin1:SD-DN']) {
      const info = lookup.referent(id)!;
      expect(info.geometry?.type).toMatch(/Polygon/);
      const place = {
        id,
        ref: info.ref,
        name: info.name,
        kind: info.kind,
        confidence: 1,
        alternatives: [],
        mentions: []
      };
      expect(info.geometry).toBe(placeGeometry(place, gazetteer));
    }
  });

  it('gives the unit a place is or lies in', () => {
    expect(lookup.referent('geonames:704422')).toMatchObject({
      name: 'Pokrovsk',
      kind: 'city',
      admin1: 'UA-14'
    });
    expect(lookup.referent('admin1:UA-14')).toMatchObject({ ref: { admin1: 'UA-14' }, admin1: 'UA-14' });
    expect(lookup.referent('curated:kremlin')).toMatchObject({
      ref: { curated: 'kremlin' },
      admin1: 'RU-MOW'
    });
    expect(lookup.referent('country:UA')).not.toHaveProperty('admin1');
  });

  it('knows nothing of ids outside the gazetteer', () => {
    for (const id of ['admin1:XX-99', 'geonames:1', 'set:UA-14', 'unresolved:2067', 'UA', ''])
      expect(lookup.referent(id), id).toBeUndefined();
  });

  it('gives first-level units with their outline and name, and nothing else', () => {
    expect(lookup.unit('UA-14')).toMatchObject({
      code: 'UA-14',
      name: 'Donetsk Oblast',
      geometry: { type: 'Polygon' }
    });
    expect(lookup.unit('SD-DN')?.geometry.type).toMatch(/Polygon/);
    for (const code of ['UA-99', 'UA', 'admin1:UA-14', 'ua-14'])
      expect(lookup.unit(code), code).toBeUndefined();
  });
});
