import type { GazetteerEntry } from '../../geodata/types';
import type { Spot } from './spot';

/** Which countries and first-level units the article is about, to choose among same-named places. */
export interface DocumentFocus {
  /** Country code → weight (explicit mentions count 1, demonyms and indirect evidence less). */
  countries: Map<string, number>;
  topCountry: string | null;
  /** ISO 3166-2 codes of first-level units named or implied by resolved places. */
  admin1: Set<string>;
}

/** Evidence the article gives before any ambiguous name is resolved: countries, regions, dateline, demonyms. */
export function documentFocus(spots: readonly Spot[], demonymCountries: readonly string[]): DocumentFocus {
  const focus: DocumentFocus = { countries: new Map(), topCountry: null, admin1: new Set() };
  for (const code of demonymCountries) addCountry(focus, code, 0.5);
  for (const spot of spots) {
    const country = spot.candidates.find((c) => c.kind === 'country');
    if (country) addCountry(focus, country.country, 1);
    else if (spot.dateline) {
      const biggest = [...spot.candidates].sort((a, b) => b.population - a.population)[0];
      if (biggest) addCountry(focus, biggest.country, 2);
    } else if (spot.head?.type === 'admin1' || spot.candidates.length === 1) {
      const units = spot.candidates.filter((c) => c.kind === 'admin1');
      for (const unit of units) addPlace(focus, unit, 1 / units.length);
      // A lone small town proves nothing about the article: it may be a false match ("Baza wrote").
      const only = spot.candidates[0]!;
      if (
        !units.length &&
        spot.candidates.length === 1 &&
        (only.kind !== 'city' || only.population >= 100_000)
      )
        addPlace(focus, only, 0.5);
    }
  }
  return focus;
}

/** Adds a resolved place's country and first-level unit to the focus. */
export function addPlace(focus: DocumentFocus, entry: GazetteerEntry, weight: number): void {
  if (entry.country) addCountry(focus, entry.country, weight);
  if (entry.admin1) focus.admin1.add(entry.admin1);
}

function addCountry(focus: DocumentFocus, code: string, weight: number): void {
  const total = (focus.countries.get(code) ?? 0) + weight;
  focus.countries.set(code, total);
  if (!focus.topCountry || total > (focus.countries.get(focus.topCountry) ?? 0)) focus.topCountry = code;
}
