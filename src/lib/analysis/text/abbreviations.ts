/**
 * Words whose trailing period belongs to the word ("Gen.", "St.", "Jan.") rather than ending a
 * sentence: titles, ranks, saints and mounts, months, and company and reference abbreviations.
 * The one list both the sentence splitter and the tokenizer read, lower-case, without the dot.
 */
export const abbreviations: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen lt col maj sgt capt adm cmdr gov sen rep st mt ft jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec no nos vs approx est jr sr inc corp co ltd dept univ'
  ).split(' ')
);
