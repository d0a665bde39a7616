import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { figureChecks, type FigureCheck } from '$lib/dashboard/figure-checks';
import { withoutBaseOutlines, type PageArticle } from '$lib/annotated/page-article';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { concernedCountries } from '$lib/map/concerned-countries';
import { admin1Source, admin1UnitsOf, onPageBaseMap } from './geodata-units';

/** What the dashboard page needs of an article: its light annotated GeoJSON and the figure checks. */
export interface DashboardData {
  articleId: string;
  article: PageArticle;
  figureChecks: FigureCheck[];
  /** The countries the story concerns: drawn in focus, their first-level units loaded. */
  concerned: string[];
}

// The store rebuilds the collection on every read, so objects cannot key a cache; an article's
// effective analysis is fixed by its id, its review version and the engine that analysed it.
// The figure checks (Turf areas of every unit) are the part worth keeping; a few dozen entries
// cover the articles analysts have open.
const prepared = new Map<string, DashboardData>();
const capacity = 64;

/** Prepares an article for the page; the area checks run here to keep Turf out of the browser. */
export function dashboardData(collection: AnnotatedGeoJson): DashboardData {
  const key = `${collection.article.sha256}@${collection.review?.version ?? 0}/${collection.article.engine.version}`;
  let data = prepared.get(key);
  if (data) {
    // Most recently used last: Map keeps insertion order, so the first key is the oldest.
    prepared.delete(key);
  } else {
    data = preparedData(collection);
    if (prepared.size >= capacity) prepared.delete(prepared.keys().next().value!);
  }
  prepared.set(key, data);
  return data;
}

function preparedData(collection: AnnotatedGeoJson): DashboardData {
  const gazetteer = loadGazetteer();
  const concerned = concernedCountries(collection, (id) => gazetteer.byId(id)?.country || undefined);
  return {
    articleId: collection.article.sha256,
    article: withoutBaseOutlines(collection, onPageBaseMap(concerned)),
    figureChecks: figureChecks(collection, admin1UnitsOf, admin1Source()),
    concerned
  };
}
