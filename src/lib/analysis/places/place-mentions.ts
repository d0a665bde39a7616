import type { ListedPlace } from './collective-references';
import { facilityAt } from './facility-at';
import { facilityTown, type PlacedTown } from './facility-town';
import type { PlacedMention } from './group-places';
import { literalReading } from './literal-reading';
import { placeRole } from './place-role';
import { referentOf, setMemberCode } from './referent-of';
import type { Resolution } from './resolve-toponym';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';

/**
 * Turns accepted spots into mentions with referent, literal reading and role; named facilities
 * the gazetteer lacks become places of their own, located at a town (see facilityTown). Also
 * returns the placed names as possible members of collective sets, and the spans of facilities
 * that could not be placed (still place spans: no demonym is tagged inside "Saudi Hospital").
 */
export function placeMentions(
  text: string,
  words: readonly Word[],
  spots: readonly Spot[],
  resolutions: readonly (Resolution | null)[]
): { placed: PlacedMention[]; listed: ListedPlace[]; unplaced: Spot[] } {
  const placed: PlacedMention[] = [];
  const listed: ListedPlace[] = [];
  const towns: PlacedTown[] = [];
  const facilities: Spot[] = [];
  const placeWords = new Set<number>();
  spots.forEach((spot, k) => {
    if (resolutions[k]?.accepted || spot.head)
      for (let i = spot.firstWord; i <= spot.lastWord; i++) placeWords.add(i);
  });
  const isPlaceWord = (i: number) => placeWords.has(i);
  const roleOf = (spot: Spot) => placeRole(text, words, spot.firstWord, spot.lastWord);
  spots.forEach((spot, k) => {
    const accepted = resolutions[k]?.accepted ? resolutions[k] : null;
    const unknownSubunit = spot.head?.type === 'subunit' && spot.candidates.length === 0;
    if ((spot.head?.type === 'facility' && accepted?.entry.kind !== 'facility') || unknownSubunit) {
      if (accepted?.entry.kind === 'city') towns.push({ spot, resolution: accepted, own: true });
      facilities.push(spot);
      return;
    }
    if (!accepted) return;
    const entry = accepted.entry;
    if (entry.kind === 'city') towns.push({ spot, resolution: accepted, own: false });
    const literal = literalReading(text, words, spot, entry, isPlaceWord);
    const mention = {
      start: spot.start,
      end: spot.end,
      text: text.slice(spot.start, spot.end),
      literal,
      role: literal ? roleOf(spot) : ('actor' as const)
    };
    placed.push({
      id: entry.id,
      ref: referentOf(entry),
      name: entry.name,
      kind: entry.kind,
      confidence: accepted.confidence,
      alternatives: accepted.alternatives,
      point: [entry.lon, entry.lat],
      mention
    });
    listed.push({ code: setMemberCode(entry), kind: entry.kind, start: spot.start, list: spot.list });
  });
  const unplaced: Spot[] = [];
  for (const spot of facilities) {
    const mentionText = text.slice(spot.start, spot.end);
    const town = facilityTown(text, spot, towns);
    const kind = spot.head?.type === 'subunit' ? 'region' : 'facility';
    const facility = town ? facilityAt(mentionText, town.resolution, !town.own, kind) : null;
    if (facility)
      placed.push({
        ...facility,
        mention: { start: spot.start, end: spot.end, text: mentionText, literal: true, role: roleOf(spot) }
      });
    else unplaced.push(spot);
  }
  return { placed, listed, unplaced };
}
