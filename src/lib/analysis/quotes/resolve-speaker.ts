import type { Range } from '../text/range';
import { tokensIn, type Article } from '../text/read-article';
import { ROLE_WORDS, TITLE_WORDS } from '../text/speaker-words';
import { personBefore, type People, type Person } from './find-people';

const PERSONAL = /^(?:he|she|him|her)$/;
const IMPERSONAL = /^(?:it|they)$/;
const DETERMINER = /^(?:the|a|an)\s+/i;

/**
 * The name to report for a speaker phrase: a person's full name without titles ("Kremlin
 * spokesman Dmitry Peskov", "Peskov", "he", "the president" → "Dmitry Peskov" / whoever was
 * named so earlier), else the phrase without its article ("the Kremlin" → "Kremlin"), or an
 * earlier speaker with the same head noun ("the ministry" → "Ukraine’s energy ministry").
 */
export function resolveSpeaker(
  article: Article,
  phrase: Range,
  people: People,
  earlier: readonly string[],
  spoken: readonly Spoken[] = []
): string {
  const { text } = article;
  const raw = text.slice(phrase.start, phrase.end);
  const words = tokensIn(article, phrase).filter((t) => t.word);
  if (words.length === 1 && PERSONAL.test(words[0]!.lower))
    return personBefore(people, phrase.start)?.name ?? raw;
  // "it said" / "they said": the last institution that spoke.
  if (words.length === 1 && IMPERSONAL.test(words[0]!.lower)) {
    const names = new Set(people.map((m) => m.person.name));
    return [...earlier].reverse().find((s) => !names.has(s) && !/^(?:it|they|he|she)$/i.test(s)) ?? raw;
  }

  // A person in possession ("Zelensky’s office") is not the speaker; the office is.
  const named = people
    .filter(
      (m) => m.start < phrase.end && m.end > phrase.start && !/^['’]s\b/.test(text.slice(m.end, m.end + 3))
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (named) return named.person.name;

  // "the head of state" / "the head of government": the president / prime minister named before.
  const head = /^(?:the\s+)?head\s+of\s+(state|government)$/i.exec(raw.trim());
  if (head) {
    const titled = personWithTitle(
      people,
      head[1]!.toLowerCase() === 'state' ? 'president' : 'prime',
      phrase.start
    );
    if (titled) return titled.name;
  }
  const rest = words.filter((t) => !/^(?:the|a|an)$/.test(t.lower));
  const role = rest[rest.length - 1];
  // "the minister", "the state minister", "the official": the last person who spoke under that role.
  if (
    role &&
    ROLE_WORDS.has(role.lower) &&
    rest.length <= 3 &&
    (rest.length === 1 || /^the\b/i.test(raw.trim()))
  ) {
    const speaker = speakerInRole(
      rest.map((t) => t.lower),
      spoken.filter((s) => s.at < phrase.start)
    );
    if (speaker) return speaker.name;
  }
  if (role && ROLE_WORDS.has(role.lower) && rest.every((t) => TITLE_WORDS.has(t.lower))) {
    const titled = personWithTitle(people, role.lower, phrase.start);
    if (titled) return titled.name;
  }

  const stripped = raw.replace(DETERMINER, '');
  if (rest.length === 1) {
    const head = rest[0]!.lower;
    const fuller = [...earlier]
      .reverse()
      .find((s) => s.toLowerCase().endsWith(head) && s.length > stripped.length);
    if (fuller) return fuller;
  }
  return stripped;
}

/** A person who spoke before, with the words of the phrase that named them ("Climate Change Minister Sherry Rehman"). */
export interface Spoken {
  at: number;
  person: Person;
  words: ReadonlySet<string>;
}

// A role that any named official may be called by, whatever their title.
const GENERIC_ROLES = new Set(['official']);

function speakerInRole(role: readonly string[], spoken: readonly Spoken[]): Person | undefined {
  const head = role[role.length - 1]!;
  for (let k = spoken.length - 1; k >= 0; k--) {
    const { person, words } = spoken[k]!;
    const has = (word: string) => words.has(word) || person.titles.has(word);
    // "the minister" is not the prime minister: a title's other words must be the role's too.
    if (head === 'minister' && has('prime') && !role.includes('prime')) continue;
    if (GENERIC_ROLES.has(head) || role.every(has)) return person;
  }
  return undefined;
}

function personWithTitle(people: People, title: string, before: number): Person | undefined {
  let found: Person | undefined;
  for (const mention of people)
    if (mention.end <= before && mention.person.titles.has(title)) found = mention.person;
  return found;
}
