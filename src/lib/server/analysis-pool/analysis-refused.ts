/**
 * The analysis of an article was refused: it took longer than the time budget per article (or the
 * worker running it failed). Nothing was stored; the API answers 503 with `reason`.
 */
export class AnalysisRefused extends Error {
  constructor(
    /** What happened and what to do, for the person who reads the error. */
    readonly reason: string,
    /** Seconds after which trying again may help (the Retry-After header). */
    readonly retryAfter = 30
  ) {
    super(reason);
    this.name = 'AnalysisRefused';
  }
}

/** The AnalysisRefused an error is, or undefined. */
export function analysisRefused(error: unknown): AnalysisRefused | undefined {
  return error instanceof AnalysisRefused ? error : undefined;
}
