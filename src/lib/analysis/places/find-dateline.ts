import type { Dateline } from '../types';

/** A dateline and the span of its place name, before the place is resolved. */
export interface RawDateline {
  dateline: Dateline;
  placeStart: number;
  placeEnd: number;
  /** Every place of the dateline, the first included ("LONDON/KYIV" has two). */
  places: { start: number; end: number }[];
  /** Region or country written after the place ("KYIV, Ukraine"), if any. */
  qualifier: string | null;
  /** Where the qualifier is written, if any. */
  qualifierSpan: { start: number; end: number } | null;
}

// Capitals of any script with their accents, decomposed or not ("SÃO PAULO", "ÜRÜMQI", "KYÏV").
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?:[ \t]${CAPS_WORD}){0,3}`;
const CAPS_PLACE = `${CAPS_NAME}(?:/${CAPS_NAME})*`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;
const QUALIFIER = String.raw`(?:,[ \t]*(\p{Lu}[\p{L}\p{M}.]*(?:[ \t]\p{Lu}[\p{L}\p{M}.]*){0,2}))?`;
const DATE = String.raw`(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?`;
const AGENCY = String.raw`[ \t]*(?:\(([^()\n]{1,40})\))?`;
// A colon, a double hyphen, or a dash with space before it: "U.S.-Russia" is no dateline. Wire
// copy pasted from web pages often loses the space after the dash ("(Reuters) -A strike…",
// "KANAZAWA--The toll…"): a capital letter right after the dash ends the dateline too.
const SEPARATOR = String.raw`(?::(?:\s|$)|(?:[ \t]*--|[ \t]+[-–—])(?:\s|$|(?=\p{Lu})))`;
// An all-caps place may stand alone ("MOSCOW:"); a title-case one only with an agency ("Kyiv (AFP) -").
const CAPS_DATELINE = new RegExp(`^\\s*(${CAPS_PLACE})${QUALIFIER}${DATE}${AGENCY}${SEPARATOR}`, 'u');
// TASS: "MOSCOW, August 14. /TASS/." — the agency between slashes.
const SLASH_DATELINE = new RegExp(
  `^\\s*(${CAPS_PLACE})${QUALIFIER}${DATE}\\.?[ \\t]*/([A-Za-z][A-Za-z -]{1,20})/\\.?(?:\\s|$)`,
  'u'
);
const TITLE_DATELINE = new RegExp(
  `^\\s*(${TITLE_PLACE})${QUALIFIER}${DATE}\\s*\\(([^()\\n]{1,40})\\)${SEPARATOR}`,
  'u'
);

const MAX_HEADER_LINES = 4;
const MAX_HEADER_LENGTH = 200;

/**
 * Finds a wire dateline at the start of the article ("MOSCOW:", "KYIV, Ukraine (AP) —"), or at the
 * start of one of the next few short lines (after a headline or byline). `isPlace` vets a place
 * written without an agency.
 */
export function findDateline(
  text: string,
  isPlace: (name: string) => boolean = () => true
): RawDateline | null {
  // The body may follow a headline and a byline: try the first few short lines' ends too.
  let offset = 0;
  for (let line = 0; line < MAX_HEADER_LINES && offset < text.length; line++) {
    const found = datelineAt(text, offset);
    // "FILE PHOTO:" has the shape of a dateline; without an agency, the place must be known.
    if (found && (found.dateline.agency || isPlace(found.dateline.place ?? ''))) return found;
    const next = text.indexOf('\n', offset);
    if (next < 0 || next - offset > MAX_HEADER_LENGTH) return null;
    offset = next + 1;
  }
  return null;
}

function datelineAt(text: string, offset: number): RawDateline | null {
  const rest = text.slice(offset);
  const match = CAPS_DATELINE.exec(rest) ?? SLASH_DATELINE.exec(rest) ?? TITLE_DATELINE.exec(rest);
  if (!match || match[1] === undefined) return null;
  const all = match[1].replace(/[\s.'’-]+$/, '');
  const placeText = all.split('/')[0]!;
  if (placeText.length < 2) return null;
  const placeStart = offset + match.index + match[0].indexOf(all);
  let at = placeStart;
  const places = all.split('/').map((part) => {
    const place = { start: at, end: at + part.length };
    at += part.length + 1;
    return place;
  });
  const whole = match[0];
  const start = offset + match.index + whole.length - whole.trimStart().length;
  const end = offset + match.index + whole.trimEnd().length;
  return {
    dateline: {
      start,
      end,
      text: text.slice(start, end),
      place: placeText,
      agency: match[3]?.trim() ?? null
    },
    placeStart,
    placeEnd: placeStart + placeText.length,
    places,
    qualifier: match[2] ?? null,
    qualifierSpan: match[2] ? qualifierSpan(text, offset + match.index, whole, match[2]) : null
  };
}

// The qualifier follows the first comma of the dateline ("KYIV, UKRAINE (AP) —").
function qualifierSpan(
  text: string,
  matchStart: number,
  whole: string,
  qualifier: string
): { start: number; end: number } {
  const start = matchStart + whole.indexOf(qualifier, whole.indexOf(','));
  const trimmed = qualifier.replace(/[.]+$/, '');
  return { start, end: start + trimmed.length };
}
