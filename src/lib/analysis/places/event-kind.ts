import eventKinds from '../../../../geodata/knowledge/event-kinds.json';
import type { Dateline, EventKind, PlaceMention, PlaceRole, ResolvedPlace } from '../types';
import { tokenizeWords, type Word } from './tokenize-words';

const kindOrder = eventKinds.order as EventKind[];
/** Lower-cased word → the kind it names ("quake" → disaster). */
const kindOfWord: ReadonlyMap<string, EventKind> = new Map(
  Object.entries(eventKinds.words).flatMap(([kind, words]) => words.map((word) => [word, kind as EventKind]))
);
const originBefore = eventKinds.originBefore.map((phrase) => phrase.split(' '));
const SENTENCE_END = /[.!?\n]/;
// Roles that say something happens at a place, so its sentence's words tell what.
const happening: ReadonlySet<PlaceRole> = new Set(['event', 'struck', 'meeting']);
// The kind a struck or meeting place has when its sentence names none.
const fallbackKind = (role: PlaceRole): EventKind | null =>
  role === 'struck' ? 'attack' : role === 'meeting' ? 'talks' : null;

/** The word indices of each sentence of the text, as [first, last] per word. */
function sentenceOfWords(text: string, words: readonly Word[]): [number, number][] {
  const bounds: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (!next || SENTENCE_END.test(text.slice(words[i]!.end, next.start))) {
      for (let k = first; k <= i; k++) bounds[k] = [first, i];
      first = i + 1;
    }
  }
  return bounds;
}

/** The kind whose word is nearest the mention in its sentence, or null. */
function nearestKind(words: readonly Word[], sentence: [number, number], at: number): EventKind | null {
  let best: { kind: EventKind; distance: number } | null = null;
  for (let i = sentence[0]; i <= sentence[1]; i++) {
    const kind = kindOfWord.get(words[i]!.lower);
    if (!kind) continue;
    const distance = Math.abs(i - at);
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && kindOrder.indexOf(kind) < kindOrder.indexOf(best.kind));
    if (better) best = { kind, distance };
  }
  return best?.kind ?? null;
}

function followsOrigin(words: readonly Word[], at: number): boolean {
  return originBefore.some((phrase) =>
    phrase.every((word, k) => words[at - phrase.length + k]?.lower === word)
  );
}

/** The kind a mention's sentence gives it, and the role it then plays (a town a quake hit is no attack). */
function mentionEvent(
  mention: PlaceMention,
  words: readonly Word[],
  sentences: readonly [number, number][],
  firstWordAt: (offset: number) => number,
  inDateline: boolean
): { role: PlaceRole; kind: EventKind | null } {
  const at = firstWordAt(mention.start);
  if (at < 0) return { role: mention.role, kind: null };
  const kind = nearestKind(words, sentences[at]!, at);
  if (happening.has(mention.role)) {
    if (mention.role === 'struck' && kind === 'disaster') return { role: 'event', kind };
    return { role: mention.role, kind: kind ?? fallbackKind(mention.role) };
  }
  // A plain mention in a sentence about a disaster is where the disaster is felt: an affected area.
  const affected =
    mention.role === 'mentioned' &&
    mention.literal &&
    !mention.demonym &&
    !inDateline &&
    kind === 'disaster' &&
    !followsOrigin(words, at);
  return affected ? { role: 'event', kind } : { role: mention.role, kind: null };
}

/** The kind most of a place's happenings have; on a tie the first in `order`. */
function placeKind(kinds: readonly EventKind[]): EventKind | undefined {
  const counts = new Map<EventKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let best: EventKind | undefined;
  for (const kind of kindOrder) if ((counts.get(kind) ?? 0) > (best ? counts.get(best)! : 0)) best = kind;
  return best;
}

interface EventContext {
  words: readonly Word[];
  sentences: readonly [number, number][];
  firstWordAt: (offset: number) => number;
}

function eventContext(text: string): EventContext {
  const words = tokenizeWords(text);
  const sentences = sentenceOfWords(text, words);
  const firstWordAt = (offset: number) => {
    let low = 0;
    let high = words.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (words[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return words[low] && words[low]!.end > offset ? low : -1;
  };
  return { words, sentences, firstWordAt };
}

/**
 * The kind of event a place is the location of, from its mentions as their roles now stand: each
 * event, struck or meeting mention gives the kind its sentence names (attack for a struck place,
 * talks for a meeting place when it names none); the most frequent wins. For a place whose
 * mentions changed after the analysis (a locator, an analyst's reassignment).
 * @example placeEvent('A quake shook Lima.', [{ start: 13, end: 17, role: 'event', … }]) === 'disaster'
 */
export function placeEvent(
  text: string,
  mentions: readonly Pick<PlaceMention, 'start' | 'role'>[]
): EventKind | undefined {
  const { words, sentences, firstWordAt } = eventContext(text);
  const kinds: EventKind[] = [];
  for (const mention of mentions) {
    if (!happening.has(mention.role)) continue;
    const at = firstWordAt(mention.start);
    const kind = at < 0 ? null : nearestKind(words, sentences[at]!, at);
    const chosen = kind ?? fallbackKind(mention.role);
    if (chosen) kinds.push(chosen);
  }
  return placeKind(kinds);
}

/**
 * The places with the kind of event each is the location of (attack, fighting, disaster,
 * protest, talks, displacement), read from the words of the sentences that make it an event
 * location (geodata/knowledge/event-kinds.json); a plain mention in a sentence naming a disaster
 * becomes an event location of kind disaster (an affected area). Pure; other places unchanged.
 * @example withEventKinds('A quake shook Lima.', places, null)[0].event === 'disaster'
 */
export function withEventKinds(
  text: string,
  places: readonly ResolvedPlace[],
  dateline: Dateline | null
): ResolvedPlace[] {
  const { words, sentences, firstWordAt } = eventContext(text);
  return places.map((place) => {
    const kinds: EventKind[] = [];
    const mentions = place.mentions.map((mention) => {
      const inDateline = dateline !== null && mention.start < dateline.end && mention.end > dateline.start;
      const { role, kind } = mentionEvent(mention, words, sentences, firstWordAt, inDateline);
      if (kind) kinds.push(kind);
      return role === mention.role ? mention : { ...mention, role };
    });
    const event = placeKind(kinds);
    return event ? { ...place, mentions, event } : { ...place, mentions };
  });
}
