import type { Span } from '$lib/analysis/types';
import { annotatedGeoJsonSchema, type AnnotatedGeoJson } from './schema';
import { rfc7946Problems } from './rfc7946-problems';

export type Validation = { ok: true; value: AnnotatedGeoJson } | { ok: false; reasons: string[] };

function spanProblems(text: string, spans: readonly Span[], where: string): string[] {
  return spans.flatMap((span, i) => {
    if (span.end > text.length || span.start >= span.end)
      return [`${where}[${i}]: offsets ${span.start}–${span.end} lie outside the article`];
    if (text.slice(span.start, span.end) !== span.text)
      return [`${where}[${i}]: text does not match the article at ${span.start}–${span.end}`];
    return [];
  });
}

/**
 * Checks a parsed JSON value against the annotated GeoJSON contract: the schema, RFC 7946 rings,
 * unique feature ids, every span's text equal to the article's text at its offsets, and every
 * place reference of a figure or claim naming an existing feature. Returns all reasons at once.
 */
export function validateAnnotatedGeoJson(value: unknown): Validation {
  const parsed = annotatedGeoJsonSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    };
  }
  const collection = parsed.data;
  const text = collection.article.text;
  const ids = new Set<string>();
  const reasons: string[] = [];
  collection.features.forEach((feature, i) => {
    if (ids.has(feature.id)) reasons.push(`features[${i}]: duplicate id ${feature.id}`);
    ids.add(feature.id);
    reasons.push(...rfc7946Problems(feature.geometry, `features[${i}].geometry`));
    reasons.push(...spanProblems(text, feature.properties.mentions, `features[${i}].properties.mentions`));
  });
  reasons.push(...spanProblems(text, collection.quotes, 'quotes'));
  reasons.push(...spanProblems(text, collection.figures, 'figures'));
  reasons.push(...spanProblems(text, collection.claims, 'claims'));
  for (const [member, items] of [
    ['figures', collection.figures],
    ['claims', collection.claims]
  ] as const) {
    items.forEach((item, i) => {
      for (const id of item.places)
        if (!ids.has(id)) reasons.push(`${member}[${i}].places: no feature ${id}`);
    });
  }
  if (collection.article.length !== text.length) reasons.push('article.length: differs from the text length');
  return reasons.length ? { ok: false, reasons } : { ok: true, value: collection };
}
