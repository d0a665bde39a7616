import type { PlacedMention } from './group-places';
import { placeRole } from './place-role';
import type { Resolution } from './resolve-toponym';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';
import type { UnknownPlaceName } from './unknown-list-mates';

/**
 * Names written as places that the gazetteer cannot place — a town whose only namesakes lie far
 * from the article's other places, a named facility or district with no town to put it at — as
 * mentions of `{"unresolved": name}` with their kind and the reason, so the analyst sees them and
 * can place them; nothing is dropped or moved to the nearest known town without saying so.
 */
export function unresolvedPlaces(
  text: string,
  words: readonly Word[],
  spots: readonly Spot[],
  resolutions: readonly (Resolution | null)[],
  unplaced: readonly Spot[],
  unknownNames: readonly UnknownPlaceName[] = []
): PlacedMention[] {
  const found: PlacedMention[] = [];
  spots.forEach((spot, k) => {
    const doubt = resolutions[k]?.doubt;
    if (doubt && !resolutions[k]!.accepted) found.push(unresolved(text, words, spot, 'city', doubt));
  });
  for (const spot of unplaced) {
    const subunit = spot.head?.type === 'subunit';
    const reason = subunit
      ? 'a district or community the gazetteer lacks, with no town named with it'
      : 'a named facility the gazetteer lacks, with no town named with it';
    found.push(unresolved(text, words, spot, subunit ? 'region' : 'facility', reason));
  }
  for (const { spot, kind, reason } of unknownNames) found.push(unresolved(text, words, spot, kind, reason));
  return found;
}

function unresolved(
  text: string,
  words: readonly Word[],
  spot: Spot,
  kind: PlacedMention['kind'],
  reason: string
): PlacedMention {
  const name = text.slice(spot.start, spot.end);
  return {
    id: `unresolved:${kind}:${name.toLowerCase()}`,
    ref: { unresolved: name },
    name,
    kind,
    confidence: 0,
    alternatives: [],
    needsReview: `unresolved: ${reason}`,
    mention: {
      start: spot.start,
      end: spot.end,
      text: name,
      literal: true,
      role: placeRole(text, words, spot.firstWord, spot.lastWord)
    }
  };
}
