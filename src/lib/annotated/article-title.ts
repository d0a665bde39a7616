const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^\n:—–-]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*[:—–-]\s*/u;
const MAX_TITLE = 90;

/**
 * A title for an article that has none of its own: the first line when it reads as a headline
 * (short, no closing full stop), else the first sentence without its dateline, cut at a word
 * boundary near 90 characters.
 */
export function articleTitle(text: string): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (firstLine.length > 0 && firstLine.length <= MAX_TITLE && !/[.!?]["”’]?$/.test(firstLine))
    return firstLine;
  const sentence = (firstLine.replace(DATELINE, '').match(/^.*?[.!?](?=\s|$)/)?.[0] ?? firstLine).trim();
  const title = sentence.length <= MAX_TITLE ? sentence.replace(/[.]$/, '') : shortened(sentence);
  // A first sentence that is only a full stop leaves nothing; a title is never blank (it is stored).
  return title.trim() ? title : shortened(firstLine);
}

/** `text` cut at a word boundary near MAX_TITLE characters, never between the halves of a pair. */
function shortened(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = wholeCharacters(text.slice(0, MAX_TITLE));
  return `${wholeCharacters(cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))).replace(/[,;:]$/, '')}…`;
}

/** `text` without a trailing high surrogate: a cut there would leave half a character. */
const wholeCharacters = (text: string) => (/[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text);
