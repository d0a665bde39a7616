/** A CSS colour string MapLibre can parse (`#rrggbb` or `rgba(...)`). */
export type MapColor = string;

/** Every colour the base map may use; layers take colours from here and nowhere else. */
export interface MapPalette {
  /** Seas and lakes; also the background, since every land area is a country polygon. */
  water: MapColor;
  /** Countries the story is about. */
  landInFocus: MapColor;
  /** Every other country, muted so the focus reads first. */
  landOther: MapColor;
  /** Admin-1 areas are transparent on the base map; the dashboard paints over them. */
  admin1Fill: MapColor;
  /** Outline of countries in focus. */
  countryBorderInFocus: MapColor;
  /** Outline of every other country, coasts included. */
  countryBorderOther: MapColor;
  /** Admin-1 boundaries inside countries in focus. */
  admin1BorderInFocus: MapColor;
  /** Admin-1 boundaries elsewhere (Russia's subjects, for instance). */
  admin1BorderOther: MapColor;
  /** The name of a country in focus: large and pale, lettered behind its admin-1 names. */
  countryLabelInFocus: MapColor;
  countryLabelOther: MapColor;
  admin1LabelInFocus: MapColor;
  admin1LabelOther: MapColor;
  /** Sea names: a quieter blue than text, darker than the water. */
  waterLabel: MapColor;
  /** Halo behind every label, so text stays legible over boundaries. */
  labelHalo: MapColor;
}

/** The calm, newsprint-like palette of the base map. */
export const basePalette: MapPalette = {
  water: '#d3e0e8',
  landInFocus: '#fdfcf9',
  landOther: '#eae6de',
  admin1Fill: 'rgba(0, 0, 0, 0)',
  countryBorderInFocus: '#3b3834',
  countryBorderOther: '#a9a298',
  admin1BorderInFocus: '#a39c91',
  admin1BorderOther: '#d2ccc2',
  countryLabelInFocus: '#d8d1c5',
  countryLabelOther: '#7a7369',
  admin1LabelInFocus: '#4a453e',
  admin1LabelOther: '#938b80',
  waterLabel: '#6f8da0',
  labelHalo: 'rgba(253, 252, 249, 0.85)'
};

/** Every colour of the page around the map (text, rules, controls, states); CSS reads them as custom properties. */
export const interfacePalette = {
  ink: '#26231f',
  inkSoft: '#3b3834',
  textSoft: '#4a453e',
  textSecondary: '#5d574f',
  textMuted: '#6b645a',
  textFaint: '#8a8276',
  paper: '#fdfcf9',
  surface: '#fff',
  panel: '#f4f1ea',
  panelWarm: '#fbf6ec',
  panelQuiet: '#f7f5f0',
  hover: '#f3efe8',
  track: '#efebe4',
  rule: '#e4dfd6',
  border: '#d9d3c9',
  controlBorder: '#c9c2b6',
  borderStrong: '#b5ada1',
  focus: '#1f5f99',
  accent: '#c26a00',
  accentDark: '#9a4a00',
  accentDeep: '#8a4b00',
  noteBorder: '#d9a460',
  highlight: '#fbf1dc',
  problem: '#a3262a',
  corroborated: '#2f6b3a',
  accusation: '#6a3d8a',
  shadow: 'rgba(38, 35, 31, 0.25)',
  shadowSoft: 'rgba(38, 35, 31, 0.18)',
  shadowFaint: 'rgba(38, 35, 31, 0.14)',
  scrim: 'rgba(0, 0, 0, 0.25)'
} as const satisfies Record<string, MapColor>;

/** The interface palette as CSS custom properties (`--ink`, `--text-muted`, …) by name. */
export function paletteProperties(palette: Record<string, MapColor> = interfacePalette): [string, string][] {
  return Object.entries(palette).map(([name, colour]) => [
    `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
    colour
  ]);
}
