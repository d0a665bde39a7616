/** How long one listed problem may be: a key list or a message quoting input is cut there. */
const MAX_PROBLEM_LENGTH = 300;

/**
 * The problems found in an input, bounded whatever the input: the first `listed` are kept word
 * for word, the rest only counted, and once `checked` have been found the checking should stop
 * (`full`). Why: an export of millions of bad members once produced an answer listing every
 * one, and building it exhausted the server's memory.
 */
export class ProblemList {
  readonly #kept: string[] = [];
  #count = 0;

  constructor(
    readonly listed = 5,
    readonly checked = 100
  ) {}

  /** Records one problem (kept when there is room, counted always). */
  add(problem: string): void {
    this.#count++;
    if (this.#kept.length < this.listed)
      this.#kept.push(
        problem.length > MAX_PROBLEM_LENGTH ? `${problem.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : problem
      );
  }

  /** True once enough problems are known to refuse: checking further only costs time and memory. */
  get full(): boolean {
    return this.#count >= this.checked;
  }

  get count(): number {
    return this.#count;
  }

  /** The kept problems, then one line with the count of the rest (a lower bound once full). */
  reasons(): string[] {
    const rest = this.#count - this.#kept.length;
    if (rest <= 0) return [...this.#kept];
    const more = this.full
      ? `and at least ${rest} more problems (checking stopped after ${this.checked})`
      : `and ${rest} more problems`;
    return [...this.#kept, more];
  }
}
