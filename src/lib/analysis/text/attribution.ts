import type { ClaimType } from '../types';
import type { Range } from './range';
import type { Token } from './tokenize';

/** One "X said …" / "… , X said" / "according to X" inside a sentence. */
export interface Attribution {
  /** lead: speaker and verb before the content; trail: after it; according: "according to X". */
  shape: 'lead' | 'trail' | 'according';
  type: ClaimType;
  verb: Range;
  speaker: Range;
  /** The asserted clause. */
  content: Range;
  /** Where a claim built on this attribution starts (the speaker, or a "which" before it). */
  start: number;
  /** false for verbs that attribute quoted words but assert nothing ("thanked X for “…”"). */
  asserts: boolean;
}

/** The range from the start of tokens[from] to the end of tokens[to - 1]. */
export function tokenSpan(tokens: Token[], from: number, to: number): Range {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** The range without surrounding spaces and clause punctuation (commas, dashes, colons). */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}
