/** `units` with `code` added, or removed if it was there: one click on the map while picking. */
export function toggledUnit(units: readonly string[], code: string): string[] {
  return units.includes(code) ? units.filter((unit) => unit !== code) : [...units, code];
}
