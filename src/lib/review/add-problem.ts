import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit } from '$lib/annotated/edit';
import { chosenFeatureId, unresolvedAt } from './add-mention';
import type { ReviewLookup } from './review-lookup';

/**
 * Why an `add` edit cannot apply to `current`, or null: its offsets must lie in the article and
 * hold words (no blank or space at either end), overlap no mention other than the unresolved one
 * it places, and choose a gazetteer referent we have (a pin needs none).
 */
export function addProblem(
  current: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'add' }>,
  lookup: ReviewLookup
): string | null {
  const { text } = current.article;
  const { start, end } = edit;
  if (end <= start) return `the end ${end} must come after the start ${start}`;
  if (end > text.length) return `offsets ${start}–${end} lie outside the article (${text.length} characters)`;
  const words = text.slice(start, end);
  if (words.trim() === '') return `the text at ${start}–${end} is blank`;
  if (words.trim() !== words) return `the text at ${start}–${end} starts or ends with a space`;

  const placed = unresolvedAt(current, start, end);
  for (const feature of current.features) {
    if (feature === placed) continue;
    const overlapping = feature.properties.mentions.find(
      (mention) => mention.start < end && start < mention.end
    );
    if (overlapping)
      return `the text at ${start}–${end} overlaps the mention "${overlapping.text}" of place "${feature.id}" at ${overlapping.start}–${overlapping.end} (reassign that mention instead)`;
  }
  const id = chosenFeatureId(edit.to, words);
  if ('id' in edit.to && !lookup.referent(id)) return `no place "${id}" in the gazetteer`;
  if (placed?.id === id) return `the mention already belongs to "${id}"`;
  return null;
}
