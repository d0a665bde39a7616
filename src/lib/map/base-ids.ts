/** Source ids the base layers read; `baseSources` provides exactly these. */
export const baseSourceIds = {
  countries: 'countries',
  admin1: 'admin1',
  countryLabels: 'country-labels',
  admin1Labels: 'admin1-labels',
  waterLabels: 'water-labels'
} as const;

/** Layer ids, bottom to top, so the dashboard can insert its layers between them. */
export const baseLayerIds = {
  water: 'water',
  countryFill: 'country-fill',
  admin1Fill: 'admin1-fill',
  admin1BorderOther: 'admin1-border-other',
  admin1BorderInFocus: 'admin1-border-in-focus',
  countryBorderOther: 'country-border-other',
  countryBorderInFocus: 'country-border-in-focus',
  waterLabel: 'water-label',
  countryLabelInFocus: 'country-label-in-focus',
  admin1LabelOther: 'admin1-label-other',
  admin1LabelInFocus: 'admin1-label-in-focus',
  countryLabelOther: 'country-label-other'
} as const;
