/** A first-level unit an analyst can pick from the list: its ISO 3166-2 code, name and country. */
export interface UnitChoice {
  code: string;
  name: string;
  /** The country's name, told apart when units of several countries are listed. */
  country: string;
}

/** Lower case, accents off, so "dnipro" finds "Dnipropetrovsk Oblast" and "zaporizhia" its unit. */
const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The units whose name, code or country holds every word of `query` (any case, any accents),
 * by country and then name; all of them for an empty query. (The order never depends on what is
 * picked: a checkbox that jumped when ticked would lose the keyboard user's place.)
 */
export function unitChoices(choices: readonly UnitChoice[], query: string): UnitChoice[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const matches = (choice: UnitChoice) => {
    const haystack = folded(`${choice.name} ${choice.code} ${choice.country}`);
    return words.every((word) => haystack.includes(word));
  };
  return choices
    .filter(matches)
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
}
