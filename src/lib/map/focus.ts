import type { ExpressionSpecification } from 'maplibre-gl';

/** Which countries the story is about; the base map draws them in focus. */
export interface FocusOptions {
  /** ISO alpha-2 codes of the countries the story is about, e.g. ['UA']. */
  focusCountries: readonly string[];
  /**
   * Names the article's own layers draw beside their pins: a first-level unit of the same name
   * ("Kyiv", "Arequipa") is not labelled a second time. @default []
   */
  placeNames?: readonly string[];
}

/** Filters shared by area and label layers: which features belong to a country in focus. */
export function focusFilters(focusCountries: readonly string[]) {
  const focus: ExpressionSpecification = ['literal', [...focusCountries]];
  const countryInFocus: ExpressionSpecification = ['in', ['get', 'id'], focus];
  const admin1InFocus: ExpressionSpecification = ['in', ['get', 'country'], focus];
  return {
    countryInFocus,
    countryNotInFocus: ['!', countryInFocus] satisfies ExpressionSpecification,
    admin1InFocus,
    admin1NotInFocus: ['!', admin1InFocus] satisfies ExpressionSpecification
  };
}
