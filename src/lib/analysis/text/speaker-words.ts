import words from '../../../../geodata/knowledge/quotes-speaker-words.json';

/** Words that stand before a name as a title or role ("President", "spokesman", "local"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(words.titles);
/** Role nouns that can stand for a person named earlier ("the president", "the governor"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(words.roles);
/** Personal pronouns that can be speakers. */
export const PRONOUNS: ReadonlySet<string> = new Set(words.pronouns);
/** Lower-case head nouns of speaker phrases ("ministry", "officials", "source"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(words.speakerNouns);
/** Lower-case nouns for people who speak without a name or role ("one woman", "a farmer"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(words.personNouns);
/** Capitalised words that are never part of a person's name ("Ministry", "Monday", "The"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(words.notNames);
