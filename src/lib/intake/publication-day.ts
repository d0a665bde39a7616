/**
 * The calendar day (YYYY-MM-DD) a page or feed item gives as its publication time, or undefined
 * when it gives none that is a real date. The day is read as written (its own offset), never
 * moved to the server's time zone: "2026-03-04T23:30:00-05:00" was published on 4 March where
 * it was written.
 */
export function publicationDay(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 2026-02-30 over to March; a day that rolls over is not a day.
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : undefined;
}
