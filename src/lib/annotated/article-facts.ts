import { z } from 'zod';
import { checkArticleText } from '$lib/analysis/article-input';
import { httpAddress, notBlank, refuseUnstorable } from '$lib/analysis/storable-string';

/** The longest title an article may be given, in characters. */
export const MAX_TITLE_CHARACTERS = 500;
/** The longest source address an article may be given, in characters. */
export const MAX_URL_CHARACTERS = 2000;

/** An article's title: 1 to 500 characters, not blank, storable as it is (never trimmed). */
export const articleTitleSchema = z
  .string()
  .min(1)
  .max(MAX_TITLE_CHARACTERS)
  .refine(notBlank, 'must not be blank')
  .superRefine(refuseUnstorable);

/** Where an article was published: an http(s) address of at most 2000 characters, storable. */
export const articleUrlSchema = httpAddress(MAX_URL_CHARACTERS);

/** The longest agency name or byline an article may be given, in characters. */
export const MAX_CREDIT_CHARACTERS = 200;

/** Who an article is from, its agency ("AFP") or its author line ("By Ana Reyes"): 1 to 200 characters, not blank, storable. */
export const articleCreditSchema = z
  .string()
  .min(1)
  .max(MAX_CREDIT_CHARACTERS)
  .refine(notBlank, 'must not be blank')
  .superRefine(refuseUnstorable);

/** Why a new article is refused, with the HTTP status that says so. */
export interface ArticleRefusal {
  status: 400 | 413;
  reason: string;
}

/**
 * The checks every new article passes before anything costly is done with it, whichever way it
 * comes (text, JSON, an imported export): its text (checkArticleText: not blank, 1 MB, storable),
 * its title, its address, its agency and its byline. Members that are not strings are left to the caller's schema.
 * Returns undefined when the facts may be stored.
 */
export function articleRefusal(facts: {
  text?: unknown;
  title?: unknown;
  url?: unknown;
  agency?: unknown;
  byline?: unknown;
}): ArticleRefusal | undefined {
  if (typeof facts.text === 'string') {
    const checked = checkArticleText(facts.text);
    if (!checked.ok) return { status: checked.tooLarge ? 413 : 400, reason: checked.reason };
  }
  for (const [name, schema] of [
    ['title', articleTitleSchema],
    ['url', articleUrlSchema],
    ['agency', articleCreditSchema],
    ['byline', articleCreditSchema]
  ] as const) {
    const value = facts[name];
    if (typeof value !== 'string') continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      return { status: 400, reason: `the article's ${name}: ${parsed.error.issues[0]!.message}` };
  }
  return undefined;
}
