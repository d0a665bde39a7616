import { outlineCodes, withOutlines, type Outline } from '$lib/annotated/referent-geometry';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { figureChecks, type FigureCheck } from '$lib/dashboard/figure-checks';
import type { PageArticle } from '$lib/dashboard/page-article';
import { concernedCountries } from '$lib/map/concerned-countries';
import { boundaryOutline } from './boundary-outline';
import { admin1Source, admin1UnitsOf, onPageBaseMap } from './geodata-units';

/** What the dashboard page needs of an article: its analysis (refs and points) and the figure checks. */
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

/**
 * Prepares an article's effective analysis (refs and points, `ReviewedArticle.analysis`) for the
 * page; the area checks run here to keep Turf out of the browser.
 */
export function dashboardData(analysis: AnnotatedGeoJson): DashboardData {
  const key = `${analysis.article.sha256}@${analysis.review?.version ?? 0}/${analysis.article.engine.version}`;
  let data = prepared.get(key);
  if (data) {
    // Most recently used last: Map keeps insertion order, so the first key is the oldest.
    prepared.delete(key);
  } else {
    data = preparedData(analysis);
    if (prepared.size >= capacity) prepared.delete(prepared.keys().next().value!);
  }
  prepared.set(key, data);
  return data;
}

function preparedData(analysis: AnnotatedGeoJson): DashboardData {
  // The country of each town was recorded at analysis time: no gazetteer on this thread.
  const countryOf = new Map(analysis.features.map((feature) => [feature.id, feature.properties.country]));
  const drawn = withOutlines(analysis, boundaryOutline);
  const concerned = concernedCountries(drawn, (id) => countryOf.get(id));
  const onPage = onPageBaseMap(concerned);
  const outlines: Record<string, Outline> = {};
  for (const feature of analysis.features)
    for (const code of outlineCodes(feature.properties.ref) ?? []) {
      const outline = onPage(code) ? undefined : boundaryOutline(code);
      if (outline) outlines[code] = outline;
    }
  return {
    articleId: analysis.article.sha256,
    article: { analysis, outlines },
    figureChecks: figureChecks(drawn, admin1UnitsOf, admin1Source()),
    concerned
  };
}
