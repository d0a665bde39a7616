import type { AnnotatedGeoJson } from '$lib/annotated/schema';

/** A run of article text: plain, or a place mention linked to its feature. */
export interface TextSegment {
  start: number;
  text: string;
  featureId?: string;
}

/**
 * The article cut into paragraphs of segments, each mention its own segment. Overlapping
 * mentions keep the first (and longest) one, so every character appears exactly once.
 */
export function textSegments(collection: Pick<AnnotatedGeoJson, 'article' | 'features'>): TextSegment[][] {
  const text = collection.article.text;
  const mentions = collection.features
    .flatMap((feature) =>
      feature.properties.mentions.map((mention) => ({ ...mention, featureId: feature.id }))
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: TextSegment[][] = [];
  let paragraph: TextSegment[] = [];
  const pushPlain = (from: number, to: number) => {
    // Blank lines end a paragraph; single newlines stay inside it.
    const pieces = text.slice(from, to).split(/(\n\s*\n)/);
    let at = from;
    for (const piece of pieces) {
      if (/^\n\s*\n$/.test(piece)) {
        if (paragraph.length) paragraphs.push(paragraph);
        paragraph = [];
      } else if (piece) paragraph.push({ start: at, text: piece });
      at += piece.length;
    }
  };
  let cursor = 0;
  for (const mention of mentions) {
    if (mention.start < cursor) continue;
    pushPlain(cursor, mention.start);
    paragraph.push({ start: mention.start, text: mention.text, featureId: mention.featureId });
    cursor = mention.end;
  }
  pushPlain(cursor, text.length);
  if (paragraph.length) paragraphs.push(paragraph);
  return paragraphs;
}
