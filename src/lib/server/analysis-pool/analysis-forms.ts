import { articleTables, tableNames } from '$lib/annotated/csv/article-tables';
import { csvField } from '$lib/annotated/csv/csv-text';
import { withOutlines } from '$lib/annotated/referent-geometry';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { ArticleFacts } from '../annotate-article';
import { boundaryOutline } from '../boundary-outline';
import { analysisRecord } from '../store/analysis-record';

const exported = (analysis: AnnotatedGeoJson) => withOutlines(analysis, boundaryOutline);

/**
 * The forms a worker thread hands an analysis (refs and points, analysedCollection) back in.
 * Each is a string, which crosses threads with one copy, where the object with its outlines
 * would be cloned member by member.
 */
export const analysisForms = {
  /** What the store keeps (analyses.annotated): see analysisRecord. */
  record: (analysis: AnnotatedGeoJson) => analysisRecord(analysis),
  /** The annotated GeoJSON as `npm run analyze -- FILE` prints it. */
  geojson: (analysis: AnnotatedGeoJson) => `${JSON.stringify(exported(analysis), null, 2)}\n`,
  /** The annotated GeoJSON on one line (NDJSON). */
  line: (analysis: AnnotatedGeoJson) => JSON.stringify(exported(analysis)),
  /** The CSV tables' rows, each cell already an RFC 4180 field: JSON `{mentions: string[][], …}`. */
  tables: (analysis: AnnotatedGeoJson) => {
    const tables = articleTables(exported(analysis));
    return JSON.stringify(
      Object.fromEntries(tableNames.map((name) => [name, tables[name].rows.map((row) => row.map(csvField))]))
    );
  }
} satisfies Record<string, (annotated: AnnotatedGeoJson) => string>;

export type AnalysisForm = keyof typeof analysisForms;

/** An article to analyse in a worker, and the form to answer in. */
export interface AnalysisJob {
  text: string;
  form: AnalysisForm;
  /** The title, address and date the article came with (an NDJSON line's), if any. */
  facts?: ArticleFacts;
}
