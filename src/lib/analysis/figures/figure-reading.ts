import type { FigureValue } from '../types';

/** A figure as read from the text, before places are attached. */
export interface FigureReading {
  start: number;
  end: number;
  value: FigureValue;
  approx: boolean;
  unit?: string;
  counts: string;
  /** End of the whole a share is of ("one-fifth of Ukraine"), when it runs past `end`. */
  wholeEnd?: number;
}
