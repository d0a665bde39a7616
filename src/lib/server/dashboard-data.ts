import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { figureChecks, type FigureCheck } from '$lib/dashboard/figure-checks';
import { withoutBaseOutlines, type PageArticle } from '$lib/dashboard/page-article';
import { admin1Source, admin1UnitsOf, inBaseMap } from './geodata-units';

/** What the dashboard page needs of an article: its light annotated GeoJSON and the figure checks. */
export interface DashboardData {
  articleId: string;
  article: PageArticle;
  figureChecks: FigureCheck[];
}

// An analysed article never changes, so its page data is computed once, not on every page load.
const prepared = new WeakMap<AnnotatedGeoJson, DashboardData>();

/** Prepares an analysed article for the page; the area checks run here to keep Turf out of the browser. */
export function dashboardData(collection: AnnotatedGeoJson): DashboardData {
  let data = prepared.get(collection);
  if (!data) {
    data = preparedData(collection);
    prepared.set(collection, data);
  }
  return data;
}

function preparedData(collection: AnnotatedGeoJson): DashboardData {
  return {
    articleId: collection.article.sha256,
    article: withoutBaseOutlines(collection, inBaseMap),
    figureChecks: figureChecks(collection, admin1UnitsOf, admin1Source())
  };
}
