import type { AnnotatedGeoJson } from '$lib/annotated/schema';

type Figure = AnnotatedGeoJson['figures'][number];

const number = (value: number) =>
  value > 0 && value < 1 ? `${value} (${Math.round(value * 1000) / 10}%)` : value.toLocaleString('en');

/** A figure's value as a reader reads it: "≈ 100,000", "10,000–99,999", "0.2 (20%)", "≥ 5". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'approx' | 'unit'>): string {
  const unit = figure.unit ? ` ${figure.unit}` : '';
  if (typeof figure.value === 'number') return `${figure.approx ? '≈ ' : ''}${number(figure.value)}${unit}`;
  const [low, high] = figure.value;
  return high === null ? `≥ ${number(low)}${unit}` : `${number(low)}–${number(high)}${unit}`;
}

/** A share as a percentage with one decimal: 0.1794 → "17.9%". */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
