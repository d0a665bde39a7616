import type { ResolvedPlace } from '../types';
import type { Range } from './range';

interface Located {
  id: string;
  start: number;
  end: number;
  literal: boolean;
  collective: boolean;
}

// A singular definite reference to a place named before (CONVENTIONS: not a place itself).
const ANAPHOR =
  /\b(?:the|this|that)\s+(?:enclave|city|town|village|region|oblast|province|territory|strip|capital|area|district|settlement|port|country)(?:['’]s)?\b/i;

/** The country mentioned most often: what an article is about when nothing nearer is named. */
function mainCountry(places: ResolvedPlace[]): string | undefined {
  let best: ResolvedPlace | undefined;
  for (const place of places) {
    if (place.kind === 'country' && (!best || place.mentions.length > best.mentions.length)) best = place;
  }
  return best?.id;
}

/**
 * A function giving the feature ids a figure or claim at a span is about: the collective
 * reference that is the span itself ("four partially occupied eastern regions"); else the places
 * named literally inside the span, else in its sentence (actors such as "Moscow demands" and
 * demonyms left out); else, when the sentence refers back ("the enclave") or goes on in the same
 * paragraph, the places of the nearest sentence before it that names some; else the article's
 * main country. `text` lets it see paragraph breaks and anaphora.
 */
export function placeLocator(
  places: ResolvedPlace[],
  sentences: Range[],
  text = ''
): (span: Range) => string[] {
  const located: Located[] = places
    .flatMap((place) =>
      place.mentions
        .filter((m) => !m.demonym)
        .map((m) => ({
          id: place.id,
          start: m.start,
          end: m.end,
          literal: m.literal,
          collective: place.kind === 'collective'
        }))
    )
    .sort((a, b) => a.start - b.start);
  const main = mainCountry(places);
  const fallback = main ? [main] : [];
  const within = (range: Range) => located.filter((m) => m.start < range.end && m.end > range.start);
  const unique = (list: Located[]) => [...new Set(list.map((m) => m.id))];
  const overlap = (m: Located, span: Range) => Math.min(m.end, span.end) - Math.max(m.start, span.start);

  return (span) => {
    if (located.length === 0) return fallback;
    const inSpan = within(span);
    const itself = inSpan.filter((m) => m.collective && overlap(m, span) * 2 >= span.end - span.start);
    if (itself.length > 0) return unique(itself);
    const literal = inSpan.filter((m) => m.literal);
    if (literal.length > 0) return unique(literal);
    const index = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
    const sentence = sentences[index];
    const inSentence = sentence ? within(sentence).filter((m) => m.literal) : [];
    if (inSentence.length > 0 || !sentence) return inSentence.length > 0 ? unique(inSentence) : fallback;
    // No place in the sentence: "the enclave", "the city" points back to the last place named;
    // otherwise a sentence goes on about the place of the sentences before it in its paragraph.
    // A sentence passed on the way that itself refers back carries the reference further.
    let anaphor = ANAPHOR.test(text.slice(sentence.start, sentence.end));
    for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
      const previous = sentences[k]!;
      if (!anaphor && /\n/.test(text.slice(previous.end, sentences[k + 1]!.start))) break;
      const named = within(previous).filter((m) => m.literal);
      if (named.length > 0) return unique(named);
      anaphor ||= ANAPHOR.test(text.slice(previous.start, previous.end));
    }
    return fallback;
  };
}
