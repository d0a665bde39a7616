import type { Attribution } from './attribution';
import { findAttributions } from './find-attributions';
import { tokensIn, type Article } from './read-article';

// Quotes and claims both read every unit's attributions; keyed weakly by the article.
const memo = new WeakMap<Article, Attribution[][]>();

/** The attributions of each unit of an article (parallel to `article.units`), none inside quotation marks. */
export function articleAttributions(article: Article): Attribution[][] {
  let found = memo.get(article);
  if (!found) {
    // A speech verb inside quotation marks is the speaker's own words, not an attribution.
    const quoted = (at: number) => article.quoteMarks.some((q) => q.open < at && at < q.close);
    found = article.units.map((unit) =>
      findAttributions(article.text, unit, tokensIn(article, unit)).filter((a) => !quoted(a.verb.start))
    );
    memo.set(article, found);
  }
  return found;
}
