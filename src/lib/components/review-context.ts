import { getContext, setContext } from 'svelte';

/** What every review control needs to save an edit: which article, at which version, by whom. */
export interface ReviewContext {
  readonly articleId: string;
  /** The version the page shows; an edit is made against it (a newer one on the server → 409). */
  readonly version: number;
  /** The analyst's name for the audit trail, when given. */
  readonly client: string | undefined;
}

const key = Symbol('wiremap review');

/** Gives the page's review controls their context (call while the page component initialises). */
export function setReviewContext(context: ReviewContext): void {
  setContext(key, context);
}

/** The context the page set; review controls live only inside the dashboard. */
export function getReviewContext(): ReviewContext {
  const context = getContext<ReviewContext | undefined>(key);
  if (!context) throw new Error('review controls need the dashboard page around them');
  return context;
}
