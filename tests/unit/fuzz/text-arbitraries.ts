import fc from 'fast-check';

/** Pieces of wire copy that stress the rules: quote marks, attributions, names, numbers in every form. */
const WIRE_PIECES = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  ' said.',
  ' told reporters',
  ' – AFP',
  'KYIV (Reuters) –',
  'MOSCOW, March 3 (AP) —',
  ' Kharkiv',
  ' the Donetsk region',
  ' the Odesa and Mykolaiv regions',
  ' four partially occupied regions',
  ' six regions',
  ' the Kremlin',
  ' Moscow demands',
  ' Russia’s',
  ' Ukrainian',
  ' pro-Russian',
  ' Istanbul',
  ' 1,000',
  ' 1.000,5',
  ' 2.5bn',
  ' $3 million',
  ' €40m',
  ' one-fifth',
  ' 45%',
  ' 45 per cent',
  ' tens of thousands',
  ' at least',
  ' more than',
  ' nine',
  ' twenty-three',
  ' 18th',
  ' 5:30',
  ' 2022',
  ' 1e9',
  ' -7',
  ' ½',
  ' ٣٤',
  ' 10–12',
  ' km',
  ' sq km',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  '.',
  '?',
  '!',
  '(',
  ')',
  '—',
  '…',
  '\u202E',
  '\u202D',
  '\u200B',
  '\uFEFF',
  '\u00A0',
  'é',
  'Київ',
  'Донецьк',
  'مرحبا',
  '😀',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"\'><',
  '\\',
  '${x}'
];

/** A lone surrogate: half of a UTF-16 pair, which no valid UTF-8 can carry but a JS string can. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Text built from wire pieces, arbitrary Unicode and lone surrogates, in any mixture. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WIRE_PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: loneSurrogate }
    ),
    { maxLength: 120 }
  )
  .map((pieces) => pieces.join(''));

/** Unbalanced quotations: openings without closings and the reverse, around attributions. */
export const unbalancedQuotes = fc
  .array(fc.constantFrom('“', '”', '"', '«', '‘', ' he said', ' Kyiv', ' the Kremlin said', ' 40 drones'), {
    minLength: 1,
    maxLength: 60
  })
  .map((pieces) => pieces.join(''));

/** Numbers in every written form, in a sentence naming a place. */
export const numberSentence = fc
  .tuple(
    fc.oneof(
      fc.integer().map(String),
      fc.double({ noNaN: false }).map(String),
      fc.bigInt().map(String),
      fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString('en')),
      fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString('de')),
      fc.constantFrom('zero', 'a dozen', 'hundreds', 'thousands', 'millions', 'one in five', '3/4', '0.5%')
    ),
    fc.constantFrom('people', 'drones', 'homes', 'km', 'per cent', 'regions', '')
  )
  .map(([number, unit]) => `Officials said ${number} ${unit} were hit in the Zaporizhzhia region.`);
