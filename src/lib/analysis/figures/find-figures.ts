import type { Figure, ResolvedPlace } from '../types';
import { readArticle } from '../text/read-article';
import { placeLocator } from '../text/places-near-span';
import { FIGURE_PATTERN } from './figure-pattern';
import { readFigure } from './read-figure';

/**
 * The figures of an article — counts, money, percentages, fractions, measures, vague magnitudes
 * and ordinal counts of repeated events — each with the places it is about.
 */
export function findFigures(text: string, places: ResolvedPlace[]): Figure[] {
  const placesNear = placeLocator(places, readArticle(text).sentences, text);
  const figures: Figure[] = [];
  FIGURE_PATTERN.lastIndex = 0;
  for (let match = FIGURE_PATTERN.exec(text); match; match = FIGURE_PATTERN.exec(text)) {
    const reading = readFigure(text, match);
    if (!reading) continue;
    const previous = figures[figures.length - 1];
    if (previous && reading.start < previous.end) continue;
    const { start, end, value, approx, unit, counts } = reading;
    const figure: Figure = {
      start,
      end,
      text: text.slice(start, end),
      value,
      approx,
      counts,
      places: placesNear({ start, end: reading.wholeEnd ?? end })
    };
    if (unit) figure.unit = unit;
    figures.push(figure);
    // Resume after the figure so its counted noun is not read again ("four … regions").
    FIGURE_PATTERN.lastIndex = Math.max(FIGURE_PATTERN.lastIndex, reading.end);
  }
  return withSharedCounts(text, figures);
}

// "185 and 165 deaths": the first of two coordinated figures counts what the second names.
const COORDINATED = /^\s*(?:,\s*)?(?:and|or)\s*$|^\s*,\s*$/;
// "two fatalities each in A and one each in B": a distributive "each" repeats the earlier noun.
const EACH = /^\s+each\b/i;

/** Figures that name nothing they count take the noun of the figure coordinated with them. */
function withSharedCounts(text: string, figures: Figure[]): Figure[] {
  for (let i = figures.length - 2; i >= 0; i--) {
    const figure = figures[i]!;
    const next = figures[i + 1]!;
    if (figure.counts || figure.unit || !next.counts) continue;
    if (COORDINATED.test(text.slice(figure.end, next.start))) figure.counts = next.counts;
  }
  for (let i = 1; i < figures.length; i++) {
    const figure = figures[i]!;
    if (figure.counts || !EACH.test(text.slice(figure.end, figure.end + 6))) continue;
    const earlier = figures
      .slice(0, i)
      .reverse()
      .find((f) => f.counts && EACH.test(text.slice(f.end, f.end + 6)));
    const sameSentence = earlier && !/[.!?]\s/.test(text.slice(earlier.end, figure.start));
    if (earlier && sameSentence) figure.counts = earlier.counts;
  }
  return figures;
}
