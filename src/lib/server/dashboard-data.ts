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

/** Prepares an analysed article for the page; the area checks run here to keep Turf out of the browser. */
export function dashboardData(collection: AnnotatedGeoJson): DashboardData {
  return {
    articleId: collection.article.sha256,
    article: withoutBaseOutlines(collection, inBaseMap),
    figureChecks: figureChecks(collection, admin1UnitsOf, admin1Source())
  };
}
