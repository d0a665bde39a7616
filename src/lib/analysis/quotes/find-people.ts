import type { Range } from '../text/range';
import type { Token } from '../text/tokenize';
import { attributionVerbType } from '../text/attribution-verbs';
import { NOT_NAME_WORDS, SPEAKER_NOUNS, TITLE_WORDS } from '../text/speaker-words';
// Given names, kept by the places engineer for spotting people among capitalised words.
import firstNames from '../../../../geodata/knowledge/first-names.json';
// Nationality words, kept by the places engineer: "Russian" tells that "Russia" is a country.
import demonyms from '../../../../geodata/knowledge/demonyms.json';

const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names);
const DEMONYMS: ReadonlySet<string> = new Set(Object.keys(demonyms.demonyms));

/** Whether a capitalised word is a country name, judged by its demonym ("Russia" → "Russian"). */
function isCountryName(word: string): boolean {
  const stem = word.replace(/[ea]$/, '');
  return [`${word}n`, `${word}i`, `${stem}ian`, `${stem}ese`, `${word}ian`].some((d) => DEMONYMS.has(d));
}

/** A person named in the article. */
export interface Person {
  /** Full name without titles ("Dmitry Peskov"). */
  name: string;
  surname: string;
  /** Lower-case title and role words seen with the name ("kremlin", "spokesman"). */
  titles: Set<string>;
}

export interface PersonMention extends Range {
  person: Person;
}

/** Every mention of a person (full name or bare surname), in text order. */
export type People = PersonMention[];

const PARTICLE = /^(?:al|el|ad|bin|ibn|abu|de|da|del|der|van|von|le|la|du|dos)(?:-\p{Lu}|$)/u;
const POSSESSIVE = /['’]s$/;

const bare = (token: Token) => token.text.replace(POSSESSIVE, '');
const isNameWord = (token: Token) =>
  token.word && /^\p{Lu}(?=.*\p{Ll})/u.test(token.text) && !NOT_NAME_WORDS.has(bare(token).toLowerCase());
const isInitial = (token: Token) => /^\p{Lu}\.$/u.test(token.text);
const isTitle = (token: Token | undefined) => token !== undefined && TITLE_WORDS.has(token.lower);

/**
 * The people an article names. A run of two to four capitalised words counts as a person only
 * with evidence — a known given name, a title before it, a speech verb after it or before it
 * ("says Vasily Golubev"), or a descriptive appositive (", the governor of …") — because capitalised pairs are just as
 * often places or organisations ("Kryvyi Rih", "Rapid Support Forces").
 */
export function findPeople(tokens: Token[]): People {
  const known = memo.get(tokens);
  if (known) return known;
  const people = collectPeople(tokens);
  memo.set(tokens, people);
  return people;
}

// Quotes and claims of one article ask for the same people; keyed weakly, so nothing piles up.
const memo = new WeakMap<Token[], People>();

// A word after one of these is a place somewhere in the article ("in Russia"), never a surname.
const LOCATIVE: ReadonlySet<string> = new Set(
  'in into from across inside throughout near toward towards outside'.split(' ')
);

function collectPeople(tokens: Token[]): People {
  const mentions: PeopleBuilder = { list: [], bySurname: new Map() };
  const located = new Set<string>();
  for (let i = 1; i < tokens.length; i++)
    if (LOCATIVE.has(tokens[i - 1]!.lower) && isNameWord(tokens[i]!)) located.add(bare(tokens[i]!));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!) || isTitle(tokens[i])) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < 4 && !POSSESSIVE.test(tokens[end - 1]!.text)) {
      const next = tokens[end]!;
      const inner = isInitial(next) || (PARTICLE.test(next.text) && next.word);
      if (
        !(
          isNameWord(next) ||
          // "Tarek al-Hasadi": a particle joined to a capitalised name ends the name itself.
          (inner && /-\p{Lu}/u.test(next.text)) ||
          (inner && end + 1 < tokens.length && isNameWord(tokens[end + 1]!))
        ) ||
        isTitle(next)
      )
        break;
      end++;
    }
    const alone = () =>
      speaksAlone(tokens, i) && !located.has(bare(tokens[i]!)) && !isCountryName(bare(tokens[i]!));
    if (end - i >= 2 || alone()) addPerson(tokens, i, end, mentions);
    i = end - 1;
  }
  addSurnameMentions(tokens, mentions);
  return mentions.list.sort((a, b) => a.start - b.start);
}

interface PeopleBuilder {
  list: PersonMention[];
  bySurname: Map<string, Person>;
}

function addPerson(tokens: Token[], from: number, to: number, people: PeopleBuilder): void {
  const titles = new Set<string>();
  for (let k = from - 1; k >= Math.max(0, from - 3) && isTitle(tokens[k]); k--) titles.add(tokens[k]!.lower);
  const apposition = tokens.slice(to, to + 7);
  if (apposition[0]?.text === ',' && /^(?:the|a|an)$/.test(apposition[1]?.lower ?? '')) {
    for (const token of apposition.slice(2)) {
      if (!token.word || attributionVerbType(token.lower)) break;
      if (/^\p{Lu}/u.test(token.text)) continue; // "…, the Kremlin said": a new subject, not an appositive
      if (TITLE_WORDS.has(token.lower) || SPEAKER_NOUNS.has(token.lower)) titles.add(token.lower);
    }
  }
  const after = tokens[skipForward(tokens, to)];
  const before = tokens[from - 1];
  const speaks =
    (after && attributionVerbType(after.lower)) ||
    (before && attributionVerbType(before.lower)) ||
    saidBeforeDescription(tokens, from);
  const givenName = FIRST_NAMES.has(tokens[from]!.lower);
  if (titles.size === 0 && !speaks && !givenName) return;
  const words = tokens.slice(from, to).map(bare);
  const surname = words[words.length - 1]!;
  const known = people.bySurname.get(surname);
  const person = known ?? { name: words.join(' '), surname, titles };
  if (known && words.length > known.name.split(' ').length) known.name = words.join(' ');
  for (const title of titles) person.titles.add(title);
  people.bySurname.set(surname, person);
  people.list.push({ start: tokens[from]!.start, end: tokens[to - 1]!.start + surname.length, person });
}

/** "said 44-year-old teacher Tarek al-Hasadi": a speech verb, then a lower-case description, then the name. */
function saidBeforeDescription(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const token = tokens[k]!;
    if (/^(?:said|says|told|added)$/.test(token.lower)) return k < from - 1;
    if (!token.word || !/^[\p{Ll}\d]/u.test(token.text)) return false;
  }
  return false;
}

/**
 * "Zelensky said", "said Peskov": a lone capitalised word speaking is taken for a person (a
 * surname) so that a later "he said" can find it; organisations are spoken of as "it".
 */
function speaksAlone(tokens: Token[], at: number): boolean {
  const token = tokens[at]!;
  if (POSSESSIVE.test(token.text) || FIRST_NAMES.has(token.lower)) return false;
  const after = tokens[skipForward(tokens, at + 1)];
  const before = tokens[at - 1];
  const sentenceStart = at === 0 || !before!.word;
  return (
    (sentenceStart && after !== undefined && attributionVerbType(after.lower) !== undefined) ||
    (before !== undefined && /^(?:said|says|told|added)$/.test(before.lower) && !tokens[at + 1]?.word)
  );
}

/** Index of the first token after `from` that is not an adverb ("Golubev also added"). */
function skipForward(tokens: Token[], from: number): number {
  let k = from;
  while (
    k < tokens.length &&
    k - from < 3 &&
    /^(?:also|had|has|have|earlier|later|then|again|further)$/.test(tokens[k]!.lower)
  )
    k++;
  return k;
}

function addSurnameMentions(tokens: Token[], people: PeopleBuilder): void {
  const named = [...people.list];
  const taken = (at: number) => named.some((m) => m.start <= at && at < m.end);
  for (const token of tokens) {
    if (taken(token.start)) continue;
    const person = token.word ? people.bySurname.get(bare(token)) : undefined;
    const end = token.start + (person?.surname.length ?? 0);
    if (person) people.list.push({ start: token.start, end, person });
  }
}

/** The person mentioned last before `index`, if any. */
export function personBefore(people: People, index: number): Person | undefined {
  let found: Person | undefined;
  for (const mention of people) if (mention.end <= index) found = mention.person;
  return found;
}
