import type { Gazetteer } from '../../geodata/types';
import type { DemonymHit } from './find-demonyms';
import type { PlacedMention } from './group-places';

/** Demonyms as mentions of their country (demonym: true, literal), so a country only named by demonyms still appears. */
export function demonymPlaces(hits: readonly DemonymHit[], gazetteer: Gazetteer): PlacedMention[] {
  return hits.map((hit) => {
    const entry = gazetteer.byId(`country:${hit.country}`);
    return {
      id: `country:${hit.country}`,
      ref: { country: hit.country },
      name: entry?.name ?? hit.country,
      kind: 'country',
      confidence: 0.95,
      alternatives: [],
      ...(entry ? { point: [entry.lon, entry.lat] as [number, number] } : {}),
      mention: {
        start: hit.start,
        end: hit.end,
        text: hit.text,
        literal: true,
        demonym: true,
        role: 'mentioned'
      }
    };
  });
}
