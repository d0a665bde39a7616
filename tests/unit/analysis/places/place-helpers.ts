import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { testGazetteer } from './test-gazetteer';

/** Every mention as "text → id", in text order; demonyms marked "(demonym)", actors "(actor)". */
export function tagged(text: string): string[] {
  const { places } = findPlaces(text, testGazetteer);
  return places
    .flatMap((place) => place.mentions.map((m) => ({ m, place })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(
      ({ m, place }) =>
        `${m.text} → ${place.id}${m.demonym ? ' (demonym)' : ''}${m.literal ? '' : ' (actor)'}`
    );
}

/** The place a mention with this exact text belongs to. */
export function placeOf(text: string, mention: string) {
  const { places } = findPlaces(text, testGazetteer);
  return places.find((p) => p.mentions.some((m) => m.text === mention));
}
