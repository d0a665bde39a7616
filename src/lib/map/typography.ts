// Font stacks for labels. The style has no `glyphs` URL, so MapLibre draws every glyph in the
// browser (TinySDF) and reads `text-font` as a CSS font-family list: installed fonts, no download.
// MapLibre guesses the weight from the FIRST name only ("… Bold" → 700), so each stack opens
// with a weighted name; the browser skips names it does not have and falls through to real
// families. Every family listed covers Latin and Cyrillic.

/** Country names: a bold sans. */
export const countryLabelFont = [
  'Helvetica Neue Bold',
  'Helvetica Neue',
  'Arial',
  'Liberation Sans',
  'DejaVu Sans',
  'Noto Sans',
  'sans-serif'
];

/** Admin-1 names: a narrow regular sans, so long oblast names fit between boundaries. */
export const admin1LabelFont = [
  'Arial Narrow Regular',
  'Arial Narrow',
  'Helvetica Neue Condensed',
  'Liberation Sans Narrow',
  'DejaVu Sans Condensed',
  'Roboto Condensed',
  'sans-serif'
];

/** Sea names: italic, the cartographic convention for water. */
export const waterLabelFont = [
  'Helvetica Neue Italic',
  'Helvetica Neue',
  'Arial',
  'Liberation Sans',
  'DejaVu Sans',
  'Noto Sans',
  'sans-serif'
];
