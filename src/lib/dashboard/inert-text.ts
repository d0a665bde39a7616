/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Invisible
 * themselves, they reverse or reorder the text after them: "invoice‮fdp.exe" shows as
 * "invoiceexe.pdf". Left and right marks (U+200E, U+200F) are ordinary in Arabic and Hebrew text
 * and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The replacement character: visible, and one UTF-16 unit like what it replaces, so offsets hold. */
const SHOWN_INSTEAD = '\uFFFD';

/**
 * `text` with every bidirectional control shown as U+FFFD, so what an article or an analyst wrote
 * is displayed in the order it was written. The length never changes: every offset into the text
 * still points at the same words.
 *
 * @example inertText('report\u202Efdp.exe') // 'report\uFFFDfdp.exe'
 */
export function inertText(text: string): string {
  return text.replace(BIDI_CONTROLS, SHOWN_INSTEAD);
}

/**
 * A copy of `value` with `inertText` applied to every string in it, for display. Geometry is
 * passed through untouched (it holds no text, and is most of an article's size).
 */
export function withInertText<T>(value: T): T {
  return inertCopy(value) as T;
}

function inertCopy(value: unknown): unknown {
  if (typeof value === 'string') return inertText(value);
  if (Array.isArray(value)) return value.map(inertCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value))
    copy[key] = key === 'geometry' || key === 'coordinates' ? member : inertCopy(member);
  return copy;
}
