import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer, GazetteerEntry } from '../../geodata/types';
import { findAgency } from '../claims/find-agency';
import type { Dateline } from '../types';
import { collectiveReferences } from './collective-references';
import { collectivePlaces } from './collective-places';
import { coordinatedLists } from './coordinated-lists';
import { controlledParts } from './controlled-part';
import { addPlace, documentFocus } from './document-focus';
import { datelinePlaceSpots } from './dateline-place-spots';
import { findDateline } from './find-dateline';
import { findDemonyms } from './find-demonyms';
import { findPersonNames } from './find-person-names';
import { firstIndex } from './first-index';
import { notPlacePhrases } from './knowledge';
import { findNamedSets } from './named-sets';
import type { FoundPlace } from './found-place';
import { groupPlaces } from './group-places';
import { placeMentions } from './place-mentions';
import { resolveToponym, type Resolution } from './resolve-toponym';
import type { Spot } from './spot';
import { spotContext } from './spot-context';
import { spotToponyms } from './spot-toponyms';
import { tokenizeWords, type Word } from './tokenize-words';
import { unresolvedPlaces } from './unresolved-places';
import { unknownListMates } from './unknown-list-mates';
import { demonymPlaces } from './demonym-places';
import { nearbyAnchors } from './nearby-anchors';
import { SpanIndex } from './span-index';

export type { FoundPlace } from './found-place';

const MAJOR_POPULATION = 500_000;
// How far (in characters) a confidently placed name helps choose among a neighbour's namesakes.
const ANCHOR_REACH = 400;

/**
 * Finds every place an article mentions and resolves each to one referent: places (countries,
 * admin-1 units, towns, curated seas, regions and facilities), collective references and
 * demonyms, merged per referent, plus the dateline. Pure; runs in Node and the browser.
 * @example findPlaces('MOSCOW: Russia said…', gazetteer).dateline?.place === 'Moscow'
 */
export function findPlaces(
  text: string,
  gazetteer: Gazetteer
): { places: FoundPlace[]; dateline: Dateline | null } {
  const words = tokenizeWords(text);
  const blocked = new Set<number>();
  const namedSets = findNamedSets(text, words);
  // Named sets and fixed non-place names ("Brent crude") claim their words before place lookup.
  const fixedNames = [
    ...namedSets,
    ...[...text.matchAll(notPlacePhrases)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  ];
  for (const hit of fixedNames) {
    // Words are in text order: start at the hit's first word instead of scanning them all.
    const first = firstIndex(words, (w) => w.start >= hit.start);
    for (let i = first; i < words.length && words[i]!.start < hit.end; i++)
      if (words[i]!.end <= hit.end) blocked.add(i);
  }
  const raw = findDateline(text, (name) => gazetteer.lookup(normalizeName(name)).length > 0);
  const datelineSpots = raw ? datelinePlaceSpots(words, gazetteer, raw.places, blocked) : [];
  // An all-caps country or region after the town ("KYIV, UKRAINE —") is a mention too; a
  // title-case one ("KYIV, Ukraine") is found by the ordinary scan.
  if (raw?.qualifierSpan && isAllCaps(text.slice(raw.qualifierSpan.start, raw.qualifierSpan.end)))
    datelineSpots.push(
      ...datelinePlaceSpots(words, gazetteer, [raw.qualifierSpan], blocked).map((spot) => ({
        ...spot,
        dateline: false
      }))
    );
  const isMajor = (i: number) => majorPlace(gazetteer, words, i);
  for (const i of findPersonNames(text, words, isMajor)) blocked.add(i);
  const spots = spotToponyms(text, words, gazetteer, blocked);
  spots.unshift(...datelineSpots);
  controlledParts(text, words, spots, gazetteer);
  coordinatedLists(text, words, spots);
  const allDemonyms = findDemonyms(text, words, () => false);
  const demonymCountries = allDemonyms.map((d) => d.country);
  const focus = documentFocus(spots, demonymCountries);
  let lowerWordSet: Set<string> | undefined;
  const lowerWords = (word: string) =>
    (lowerWordSet ??= new Set(words.filter((w) => !w.capital).map((w) => w.lower))).has(word);
  const resolveAll = (
    placed?: { placedTowns: GazetteerEntry[]; datelineTown: boolean },
    anchorsNear?: (k: number) => GazetteerEntry[]
  ) =>
    spots.map((spot, k) =>
      resolveToponym(spot, gazetteer, focus, {
        ...spotContext(text, words, spots, k, lowerWords),
        anchors: anchorsNear?.(k),
        ...placed
      })
    );
  let resolutions = resolveAll();
  // Second pass: confidently placed towns tell which regions and countries the article is about,
  // and which of several same-named villages lies near the places written around it.
  // Each town counts once: a repeated name is no more evidence of its country than one mention.
  const confidentTowns = new Set(
    resolutions.flatMap((r) =>
      r?.accepted && r.confidence >= 0.8 && r.entry.kind === 'city' ? [r.entry] : []
    )
  );
  for (const town of confidentTowns) addPlace(focus, town, 0.5);
  const anchors = resolutions.map((r) => (r?.accepted && r.confidence >= 0.8 ? r.entry : null));
  const datelineK = spots.findIndex((s) => s.dateline);
  const datelineTown = datelineK >= 0 && anchors[datelineK]?.kind === 'city' ? anchors[datelineK] : null;
  const placedTowns = [
    ...new Set([datelineTown, ...anchors].filter((a) => a?.kind === 'city'))
  ] as GazetteerEntry[];
  resolutions = resolveAll(
    { placedTowns, datelineTown: datelineTown !== null },
    nearbyAnchors(spots, anchors, ANCHOR_REACH)
  );
  const { placed, listed, unplaced } = placeMentions(text, words, spots, resolutions);
  const spans = new SpanIndex([...placed.map((p) => p.mention), ...unplaced]);
  const collectives = collectiveReferences(text, words, listed, focus.countries, (s, e) =>
    spans.overlaps(s, e)
  );
  collectives.push(...namedSets);
  spans.add(collectives);
  const demonyms = allDemonyms.filter((d) => !spans.overlaps(d.start, d.end));
  const places = groupPlaces([
    ...placed,
    ...unresolvedPlaces(
      text,
      words,
      spots,
      resolutions,
      unplaced,
      unknownListMates(text, words, spots, resolutions, blocked).filter(
        (name) => !spans.overlaps(name.spot.start, name.spot.end)
      )
    ),
    ...collectivePlaces(text, words, collectives),
    ...demonymPlaces(demonyms, gazetteer)
  ]);
  return {
    places,
    dateline: raw
      ? {
          ...raw.dateline,
          place: datelinePlace(resolutions, spots) ?? raw.dateline.place,
          // "MOSCOW: …" credits its agency only in the sign-off ("– AFP").
          agency: raw.dateline.agency ?? findAgency(text)
        }
      : null
  };
}

// A word that begins a place name the person rules must not swallow: a country, a big city, or
// the first word of a two-word name ("Abu Dhabi", "San Francisco").
function majorPlace(gazetteer: Gazetteer, words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (next && gazetteer.lookup(normalizeName(`${word.text} ${next.text}`)).length) return true;
  return gazetteer.lookup(normalizeName(word.text)).some((k) => {
    const entry = gazetteer.entries[k]!;
    return entry.kind === 'country' || (entry.kind === 'city' && entry.population >= MAJOR_POPULATION);
  });
}

function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}\p{M}*\p{Lu}/u.test(name);
}

function datelinePlace(resolutions: readonly (Resolution | null)[], spots: readonly Spot[]): string | null {
  const k = spots.findIndex((s) => s.dateline);
  return k >= 0 ? (resolutions[k]?.entry.name ?? null) : null;
}
