/** What intake found in a page or item: the article text and the facts it gave about itself. */
export interface ExtractedArticle {
  text: string;
  title?: string;
  /** The author line ("By Ana Reyes"), when the source names one. */
  byline?: string;
  /** YYYY-MM-DD. */
  published?: string;
  url?: string;
  /** The news agency or source it came from ("Coast Desk Wire"), when known. */
  agency?: string;
}

/** An extraction, or why the input holds no article (in words for the sender). */
export type Extraction = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };
