/**
 * A module the dashboard fetches with dynamic import() the first time it is used, so a reader who
 * only looks downloads none of it. `current` is plain state once loaded rather than a promise
 * awaited in the markup: {#await} would add its runtime to the first load.
 */
export class LazyModule<T> {
  current: T | undefined = $state.raw();
  #pending = false;
  readonly #importer: () => Promise<T>;
  readonly #onfail: () => void;

  /** `importer` is the dynamic import() itself (a literal path, so Vite splits it into a chunk). */
  constructor(importer: () => Promise<T>, onfail: () => void) {
    this.#importer = importer;
    this.#onfail = onfail;
  }

  /** Starts loading the module unless it is loaded or on its way; a failed load may be retried. */
  load(): void {
    if (this.current || this.#pending) return;
    this.#pending = true;
    this.#importer().then(
      (module) => {
        this.current = module;
        this.#pending = false;
      },
      () => {
        this.#pending = false;
        this.#onfail();
      }
    );
  }
}
