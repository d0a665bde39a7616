import { publicationDay } from './publication-day';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day (YYYY-MM-DD) of a feed's date: RFC 822 as RSS writes it ("Tue, 03 Mar 2026
 * 08:00:00 +0000", a two-digit year being 20xx) or ISO 8601 as Atom writes it. The day is read
 * as written, in the date's own offset; undefined when the value is not a real date.
 */
export function feedDay(value: string | null | undefined): string | undefined {
  const iso = publicationDay(value);
  if (iso) return iso;
  const match = value?.trim().match(/^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\b/i);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  if (!month) return undefined;
  const year = match[3]!.length === 2 ? `20${match[3]}` : match[3]!;
  const day = match[1]!.padStart(2, '0');
  return publicationDay(`${year}-${String(month).padStart(2, '0')}-${day}`);
}
