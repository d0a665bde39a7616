import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer } from '../../geodata/types';
import {
  admin1Heads,
  facilityNounWords,
  organisationFrontSet,
  organisationHeadSet,
  personTitleSet,
  placeLikeFirstNames,
  subunitHeads,
  teamFrontSet
} from './knowledge';
import type { HeadNoun, Spot } from './spot';
import type { Word } from './tokenize-words';

const SPACE = /^[ \u00a0]$/;

/**
 * Widens a matched name over the head or facility noun after it ("Donetsk region", "Shostka
 * community", "Novoshakhtinsk oil refinery"), or drops it (null) when the name is part of an
 * organisation's name ("Kyiv Independent", "Bank of Russia"), where it is not a place.
 */
export function extendSpot(
  text: string,
  words: readonly Word[],
  gazetteer: Gazetteer,
  spot: Spot
): Spot | null {
  if (insideOrganisation(text, words, spot) || firstNameOfPerson(text, words, gazetteer, spot)) return null;
  const last = words[spot.lastWord]!;
  const inner = headOf(last.lower);
  // The gazetteer matched the head noun itself ("Donetsk region" is one of its names).
  if (spot.lastWord > spot.firstWord && inner && inner.type !== 'facility') return { ...spot, head: inner };
  if (last.possessive || !SPACE.test(text.slice(last.end, words[spot.lastWord + 1]?.start ?? last.end)))
    return spot;
  // Only a town names a facility's place ("Ilsky oil refinery"); "Red Sea port" is the sea, then a noun.
  const facility = spot.candidates.some((c) => c.kind === 'city')
    ? facilityAfter(words, spot.lastWord + 1)
    : undefined;
  if (facility) {
    const end = spot.lastWord + facility.length;
    return {
      ...spot,
      end: words[end]!.end,
      lastWord: end,
      head: { type: 'facility', noun: facility.join(' '), shared: false }
    };
  }
  const next = words[spot.lastWord + 1];
  const head = next ? headOf(next.lower) : null;
  // Only a singular head joins the span; a plural one ("Odesa and Mykolaiv regions") is shared by a list.
  if (next && head && head.noun === next.lower)
    return { ...spot, end: next.end, lastWord: spot.lastWord + 1, head };
  return spot;
}

function headOf(lower: string): HeadNoun | null {
  const admin = admin1Heads.get(lower);
  if (admin) return { type: 'admin1', noun: admin, shared: false };
  const sub = subunitHeads.get(lower);
  return sub ? { type: 'subunit', noun: sub, shared: false } : null;
}

function facilityAfter(words: readonly Word[], at: number): readonly string[] | undefined {
  return facilityNounWords.find((noun) => noun.every((w, k) => words[at + k]?.lower === w));
}

function insideOrganisation(text: string, words: readonly Word[], spot: Spot): boolean {
  // "Bank of Russia", "University of Kyiv": an organisation noun, then "of (the)", then the name.
  let before = spot.firstWord - 1;
  if (words[before]?.lower === 'the') before--;
  if (
    words[before]?.lower === 'of' &&
    organisationFrontSet.has(words[before - 1]?.lower ?? '') &&
    words[before - 1]!.capital
  )
    return true;
  // "Real Madrid", "Dynamo Kyiv": a club word before the name.
  const previous = words[spot.firstWord - 1];
  if (
    previous?.capital &&
    teamFrontSet.has(previous.lower) &&
    SPACE.test(text.slice(previous.end, spot.start))
  )
    return true;
  if (words[spot.lastWord]!.possessive) return false;
  // "Kyiv Independent", "Black Sea Fleet": capitalised words after the name that end in an organisation noun.
  for (let k = spot.lastWord + 1; k < words.length; k++) {
    const word = words[k]!;
    if (!word.capital || !SPACE.test(text.slice(words[k - 1]!.end, word.start))) return false;
    if (organisationHeadSet.has(word.lower)) return true;
    if (word.possessive) return false;
  }
  return false;
}

// "Paris Hilton", "Jordan Bardella": a place-like given name before an unknown capitalised word.
function firstNameOfPerson(text: string, words: readonly Word[], gazetteer: Gazetteer, spot: Spot): boolean {
  const word = words[spot.firstWord]!;
  const next = words[spot.lastWord + 1];
  if (spot.firstWord !== spot.lastWord || word.possessive || !next?.capital || next.sentenceStart)
    return false;
  if (!placeLikeFirstNames.has(word.lower) || !SPACE.test(text.slice(word.end, next.start))) return false;
  const lower = next.lower;
  if (headOf(lower) || organisationHeadSet.has(lower) || personTitleSet.has(lower.replace(/\.$/, '')))
    return false;
  return gazetteer.lookup(normalizeName(next.text)).length === 0;
}
