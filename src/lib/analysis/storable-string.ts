import { z } from 'zod';

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be stored exactly as given, or undefined when it can. The one rule for every
 * string wiremap stores (article text, title, URL, notes, sources, client names): no control
 * character but the white space ones (tab, line feed, vertical tab, form feed, carriage return), and no lone surrogate. Why: SQLite
 * ends a text at NUL, and UTF-8 has no form for half a surrogate pair, so such strings would come
 * back changed; refusing them keeps the promise that what is acknowledged is what is read.
 */
export function storableStringProblem(value: string): string | undefined {
  const control = FORBIDDEN_CONTROL.exec(value)?.[0];
  if (control !== undefined) return `contains the control character ${codePoint(control)}`;
  if (!value.isWellFormed())
    return 'contains a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot store';
  return undefined;
}

/** A zod refinement (`.superRefine(refuseUnstorable)`) that fails where `storableStringProblem` finds one. */
export function refuseUnstorable(value: string, context: z.core.$RefinementCtx<string>): void {
  const problem = storableStringProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
}

/** A zod string that only passes when `storableStringProblem` finds nothing. */
export const storableString = () => z.string().superRefine(refuseUnstorable);

/** True unless `value` is empty or only white space. */
export const notBlank = (value: string) => value.trim() !== '';

/**
 * An http(s) address of at most `max` characters, kept exactly as given. Why the white space
 * check comes first: zod's url() trims its input, so " https://a.example/\f" would be stored
 * without the characters that were acknowledged; an address with white space is refused instead.
 */
export const httpAddress = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^\S*$/, 'must not contain white space (percent-encode it)')
    .superRefine(refuseUnstorable)
    .pipe(z.url({ protocol: /^https?$/ }).max(max));
