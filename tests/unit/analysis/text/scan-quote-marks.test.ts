import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '$lib/analysis/text/scan-quote-marks';

const quoted = (text: string) =>
  scanQuoteMarks(text).map((q) => [text.slice(q.open + 1, q.close), q.closed, q.single]);

describe('scanQuoteMarks', () => {
  it('pairs double marks of any shape in order within a paragraph', () => {
    expect(quoted('“One,“ he said. "Two," she said.')).toEqual([
      ['One,', true, false],
      ['Two,', true, false]
    ]);
  });

  it('runs an unclosed quote to the end of its paragraph', () => {
    expect(quoted('He said: "First.\n"Second."')).toEqual([
      ['First.', false, false],
      ['Second.', true, false]
    ]);
  });

  it('finds single-mark quotes but not apostrophes or quotes nested in double marks', () => {
    expect(quoted('‘Go,’ said Ivanov’s aide. “He said ‘no’ twice.”')).toEqual([
      ['Go,', true, true],
      ['He said ‘no’ twice.', true, false]
    ]);
  });
});
