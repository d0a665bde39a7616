import type { Gazetteer } from '$lib/geodata/types';
import type { ArticleAnalysis } from './types';
import { withEventKinds } from './places/event-kind';
import { findPlaces } from './places/find-places';
import { withLocatorsMentioned } from './places/locator-places';
import { findQuotes } from './quotes/find-quotes';
import { findFigures } from './figures/find-figures';
import { findClaims } from './claims/find-claims';

/**
 * The whole analysis of one article: places (with collective references, actors and demonyms),
 * then quotes, figures and claims attached to those places. Pure; runs in Node and the browser.
 */
export function analyzeArticle(text: string, gazetteer: Gazetteer): ArticleAnalysis {
  const found = findPlaces(text, gazetteer);
  const { dateline } = found;
  const places = withLocatorsMentioned(text, withEventKinds(text, found.places, dateline), dateline, (id) =>
    gazetteer.byId(id)
  );
  const quotes = findQuotes(text);
  const figures = findFigures(text, places);
  const claims = findClaims(text, places, quotes);
  return { places, quotes, figures, claims, dateline };
}
