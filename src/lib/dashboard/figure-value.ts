import type { AnnotatedGeoJson } from '$lib/annotated/schema';

type Figure = AnnotatedGeoJson['figures'][number];

const number = (value: number) =>
  value > 0 && value < 1
    ? `${fraction(value)} (${Math.round(value * 1000) / 10}%)`
    : value.toLocaleString('en');

/** A share as the simple fraction it was written as ("2/3"), or with four decimals when it is none. */
function fraction(value: number): string {
  for (let denominator = 2; denominator <= 12; denominator++) {
    const numerator = Math.round(value * denominator);
    if (Math.abs(numerator / denominator - value) < 1e-9) return `${numerator}/${denominator}`;
  }
  return String(Math.round(value * 10000) / 10000);
}

/** A figure's value as a reader reads it: "≈ 100,000", "10,000–99,999", "1/5 (20%)", "≥ 5". */
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
