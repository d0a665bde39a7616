// Past forms that do not end in -ed, common in reports of events.
const IRREGULAR_PAST = new Set(
  (
    'struck hit shot fled took began fell went came brought left led held sent built broke caught fought lost ' +
    'met made paid rose saw set sold spent stood told won overran drove flew froze gave grew hid kept knew ' +
    'lay rode ran sank slid spread stole stuck swept threw tore wore wrote burnt burned'
  ).split(' ')
);
const FINITE_HINT = /\b(?:has|have|had|was|were|is being|are being)\s+\p{Ll}+(?:ed|en)\b/u;

/**
 * Whether a journalist's own sentence reports an event (something happened or is happening)
 * rather than giving background or description ("X is the largest plant of its type").
 */
export function isEventSentence(sentence: string): boolean {
  if (/\?\s*["”“’']?$/.test(sentence)) return false;
  const words = sentence.match(/[\p{L}’'-]+/gu) ?? [];
  if (words.length < 6) return false;
  // "She declined to give her name", "Some had waited for years": a pronoun goes on about
  // someone the story has quoted, not an event the agency reports.
  if (/^(?:he|she|they|some|many|others|most)$/i.test(words[0]!)) return false;
  if (FINITE_HINT.test(sentence)) return true;
  return words.some((w) => {
    const lower = w.toLowerCase();
    return (/^\p{Ll}/u.test(w) && /(?:ed|ing)$/.test(lower) && lower.length > 4) || IRREGULAR_PAST.has(lower);
  });
}
