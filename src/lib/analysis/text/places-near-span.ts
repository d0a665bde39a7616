import type { ResolvedPlace } from '../types';
import type { Range } from './range';

interface Located {
  id: string;
  start: number;
  end: number;
  literal: boolean;
  collective: boolean;
}

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
 * demonyms left out); else the article's main country.
 */
export function placeLocator(places: ResolvedPlace[], sentences: Range[]): (span: Range) => string[] {
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
    const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
    const inSentence = sentence ? within(sentence).filter((m) => m.literal) : [];
    return inSentence.length > 0 ? unique(inSentence) : fallback;
  };
}
