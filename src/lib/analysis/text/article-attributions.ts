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
    found = article.units.map((unit) => {
      const marks = article.quoteMarks.filter((q) => q.open < unit.end && q.close > unit.start);
      const quoted =
        marks.length > 0 ? (at: number) => marks.some((q) => q.open < at && at < q.close) : undefined;
      return findAttributions(article.text, unit, tokensIn(article, unit), quoted);
    });
    memo.set(article, found);
  }
  return found;
}
