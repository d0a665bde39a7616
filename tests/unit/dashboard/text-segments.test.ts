import { describe, expect, it } from 'vitest';
import { exportFileName } from '$lib/dashboard/export-file-name';
import { formatFigureValue, formatShare } from '$lib/dashboard/figure-value';
import { textSegments } from '$lib/dashboard/text-segments';
import { annotatedFixture, fixtureIds, fixtureText } from './annotated-fixture';

describe('textSegments', () => {
  const paragraphs = textSegments(annotatedFixture());

  it('cuts the article into its paragraphs, losing no character but the blank lines', () => {
    expect(paragraphs).toHaveLength(5);
    const joined = paragraphs
      .map((paragraph) => paragraph.map((segment) => segment.text).join(''))
      .join('\n\n');
    expect(joined).toBe(fixtureText);
  });

  it('makes every mention its own segment, linked to its feature', () => {
    const marks = paragraphs.flat().filter((segment) => segment.featureId);
    expect(marks.map((segment) => segment.text)).toContain('Avdiivka');
    expect(marks.find((segment) => segment.text === 'Geneva')?.featureId).toBe(fixtureIds.geneva);
    for (const mark of marks)
      expect(fixtureText.slice(mark.start, mark.start + mark.text.length)).toBe(mark.text);
  });
});

describe('exportFileName', () => {
  it('slugs the title', () => {
    expect(exportFileName('Russia rejects “peacekeepers” in Kyiv’s plan…')).toBe(
      'russia-rejects-peacekeepers-in-kyiv-s-plan.geojson'
    );
    expect(exportFileName('Zürich: ça va')).toBe('zurich-ca-va.geojson');
    expect(exportFileName('…')).toBe('article.geojson');
    expect(exportFileName('x'.repeat(200)).length).toBeLessThanOrEqual(68);
  });
});

describe('formatFigureValue', () => {
  it('reads values, ranges and shares', () => {
    expect(formatFigureValue({ value: 100000, approx: true })).toBe('≈ 100,000');
    expect(formatFigureValue({ value: [10000, 99999], approx: true })).toBe('10,000–99,999');
    expect(formatFigureValue({ value: [5, null], approx: true })).toBe('≥ 5');
    expect(formatFigureValue({ value: 0.2, approx: true })).toBe('≈ 1/5 (20%)');
    expect(formatFigureValue({ value: 2 / 3, approx: false })).toBe('2/3 (66.7%)');
    expect(formatFigureValue({ value: 0.37, approx: false })).toBe('0.37 (37%)');
    expect(formatShare(0.17943)).toBe('17.9%');
  });
});
