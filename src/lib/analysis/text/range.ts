/** A half-open [start, end) range of string indices into the article text. */
export interface Range {
  start: number;
  end: number;
}
