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
  return figures;
}
