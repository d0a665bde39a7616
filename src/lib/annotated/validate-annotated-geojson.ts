import type { Span } from '$lib/analysis/types';
import { ProblemList } from './problem-list';
import { rfc7946Problems } from './rfc7946-problems';
import { annotatedGeoJsonSchema, type AnnotatedGeoJson } from './schema';
import { schemaProblems } from './schema-problems';

/** A valid export, or why not: at most five reasons, then one saying how many more there are. */
export type Validation = { ok: true; value: AnnotatedGeoJson } | { ok: false; reasons: string[] };

function spanProblems(text: string, spans: readonly Span[], where: string, problems: ProblemList): void {
  for (let i = 0; i < spans.length && !problems.full; i++) {
    const span = spans[i]!;
    if (span.end > text.length || span.start >= span.end)
      problems.add(`${where}[${i}]: offsets ${span.start}–${span.end} lie outside the article`);
    else if (text.slice(span.start, span.end) !== span.text)
      problems.add(`${where}[${i}]: text does not match the article at ${span.start}–${span.end}`);
  }
}

/**
 * Checks a parsed JSON value against the annotated GeoJSON contract: the schema, RFC 7946 rings,
 * unique feature ids, every span's text equal to the article's text at its offsets, and every
 * place reference of a figure or claim naming an existing feature. Stops once a hundred problems
 * are known, so that time and memory stay bounded whatever the value (ProblemList).
 */
export function validateAnnotatedGeoJson(value: unknown): Validation {
  const problems = new ProblemList();
  schemaProblems(annotatedGeoJsonSchema, value, problems);
  if (problems.count) return { ok: false, reasons: problems.reasons() };
  // The walk found nothing, so this parse has few issues at most (checks on whole objects).
  const parsed = annotatedGeoJsonSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, problems.checked))
      problems.add(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, reasons: problems.reasons() };
  }
  const collection = parsed.data;
  const text = collection.article.text;
  const ids = new Set<string>();
  collection.features.forEach((feature, i) => {
    if (problems.full) return;
    if (ids.has(feature.id)) problems.add(`features[${i}]: duplicate id ${feature.id}`);
    ids.add(feature.id);
    for (const problem of rfc7946Problems(feature.geometry, `features[${i}].geometry`)) problems.add(problem);
    spanProblems(text, feature.properties.mentions, `features[${i}].properties.mentions`, problems);
  });
  spanProblems(text, collection.quotes, 'quotes', problems);
  spanProblems(text, collection.figures, 'figures', problems);
  spanProblems(text, collection.claims, 'claims', problems);
  for (const [member, items] of [
    ['figures', collection.figures],
    ['claims', collection.claims]
  ] as const) {
    items.forEach((item, i) => {
      for (const id of item.places)
        if (!ids.has(id) && !problems.full) problems.add(`${member}[${i}].places: no feature ${id}`);
    });
  }
  if (collection.article.length !== text.length) problems.add('article.length: differs from the text length');
  return problems.count ? { ok: false, reasons: problems.reasons() } : { ok: true, value: collection };
}
