import { seededRandom, syntheticArticle } from './synthetic-articles';

/** One article of the benchmark corpus, as a newsroom would store it. */
export interface CorpusArticle {
  text: string;
  url: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
}

const FIRST_DAY = Date.UTC(2022, 1, 24);
const DAY_MS = 86_400_000;
/** The corpus spans this many days from 24 February 2022, about four and a half years. */
const SPAN_DAYS = 1650;

/**
 * Article `index` (0-based) of a deterministic corpus: a synthetic wire story with a
 * publication date spread over the span and a source URL. Same index, same article.
 */
export function corpusArticle(index: number): CorpusArticle {
  const random = seededRandom(index + 1_000_003);
  const day = Math.floor(random() * SPAN_DAYS);
  const published = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
  return {
    text: syntheticArticle(index + 1),
    url: `https://news.example.org/${published.replaceAll('-', '/')}/story-${index + 1}`,
    published
  };
}
