import actorCues from '../../../../geodata/knowledge/actor-cues.json';
import collectiveSets from '../../../../geodata/knowledge/collective-sets.json';
import commonWordList from '../../../../geodata/knowledge/common-words.json';
import demonymTable from '../../../../geodata/knowledge/demonyms.json';
import facilityNouns from '../../../../geodata/knowledge/facility-nouns.json';
import firstNames from '../../../../geodata/knowledge/first-names.json';
import headNouns from '../../../../geodata/knowledge/head-nouns.json';
import organisationHeads from '../../../../geodata/knowledge/organisation-heads.json';
import personTitles from '../../../../geodata/knowledge/person-titles.json';
import roleCues from '../../../../geodata/knowledge/role-cues.json';
import stopWords from '../../../../geodata/knowledge/stop-words.json';

/**
 * The word lists the place rules use, turned once (at module load) into Sets and Maps so that
 * no call parses or scans JSON. Sources are noted inside each file under geodata/knowledge/.
 */

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

export const neverPlace = lowerSet(stopWords.never);
/** Fixed names that contain a place name but are no place ("Brent crude", "Tour de France"). */
export const notPlacePhrases = new RegExp(
  `\\b(?:${stopWords.notPlacePhrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'g'
);
export const countryAbbreviations: ReadonlyMap<string, string> = new Map(
  Object.entries(stopWords.abbreviations)
);
/** English words that are also place names: a one-word mention of one needs more evidence. */
export const commonWords = new Set(commonWordList.words);
export const firstNameSet = new Set(firstNames.names);
/** Given names that are mostly places ("Jordan", "Paris"): a person only before a surname. */
export const placeLikeFirstNames = new Set(firstNames.placeLike);
export const personTitleSet = lowerSet(personTitles.titles);
export const organisationHeadSet = lowerSet(organisationHeads.heads);
export const organisationFrontSet = lowerSet(organisationHeads.fronts);
export const teamFrontSet = lowerSet(organisationHeads.teamFronts);

/** Lower-cased head noun (singular or plural) → its singular: "oblasts" → "oblast". */
export const admin1Heads: ReadonlyMap<string, string> = new Map(Object.entries(headNouns.admin1));
export const subunitHeads: ReadonlyMap<string, string> = new Map(Object.entries(headNouns.subunit));

/** Facility nouns as word arrays, longest first, so "oil refinery" wins over "refinery". */
export const facilityNounWords: readonly (readonly string[])[] = facilityNouns.nouns
  .map((n) => n.split(' '))
  .sort((a, b) => b.length - a.length);

/** Demonym → ISO alpha-2; multi-word demonyms ("South Sudanese") are keyed by their words joined by a space. */
export const demonyms: ReadonlyMap<string, string> = new Map(Object.entries(demonymTable.demonyms));
export const demonymMaxWords = Math.max(...[...demonyms.keys()].map((k) => k.split(' ').length));
/** First words of multi-word demonyms ("South" of "South Sudanese"), to try longer matches only there. */
export const demonymFirstWords = new Set(
  [...demonyms.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)
);

export const possessedActor = lowerSet(actorCues.possessedActor);
export const possessedLiteral = lowerSet(actorCues.possessedLiteral);
export const agentObjectVerbs = lowerSet(actorCues.agentObjectVerbs);
export const agentObjectPrepositions = lowerSet(actorCues.agentObjectPrepositions);
export const partyNouns = lowerSet(actorCues.partyNouns);
export const auxiliaries = lowerSet(actorCues.auxiliaries);
export const beVerbs = lowerSet(actorCues.beVerbs);
export const adverbs = lowerSet(actorCues.adverbs);
export const irregularVerbs = lowerSet(actorCues.irregularVerbs);
export const notVerbs = lowerSet(actorCues.notVerbs);
export const seatsOfPower = new Set(actorCues.seatsOfPower);
/** "Iran-backed", "US-led": participles that make a hyphenated country the state acting. */
export const actorCompounds = lowerSet(actorCues.actorCompounds);
/** "U.S. officials", "the Pakistan government": nouns a country modifies as the state's own. */
export const attributiveActor = lowerSet(actorCues.attributiveActor);
/** "came under", "going through": verbs (one or two words) whose subject undergoes the event. */
export const experiencerVerbs = lowerSet(actorCues.experiencerVerbs);
export const actorTimeNouns = lowerSet(actorCues.actorTimeNouns);
export const nonSubjectGovernors = lowerSet(actorCues.nonSubjectGovernors);
export const verbsInErs = lowerSet(actorCues.verbsInErs);
export const geographicBy = lowerSet(actorCues.geographicBy);
export const appositiveStarts = lowerSet(actorCues.appositiveStarts);
/** Adjectives between a preposition and a name ("on southern Lebanon"), skipped to find the governor. */
export const placeModifiers = lowerSet(actorCues.placeModifiers);
/** Punctuation between two words that ends a phrase (a comma, a full stop, a bracket, a dash). */
export const PHRASE_END = /[,.;:!?()"“”\n]|\s[–—-]\s/;

/** Role cue phrases as word arrays, indexed by the word next to the mention (last word before, first after). */
export interface RoleCueList {
  before: ReadonlyMap<string, readonly (readonly string[])[]>;
  after: ReadonlyMap<string, readonly (readonly string[])[]>;
}
const indexBy = (phrases: string[], at: (words: string[]) => string) => {
  const index = new Map<string, string[][]>();
  for (const words of phrases.map((p) => p.toLowerCase().split(' '))) {
    const key = at(words);
    index.set(key, [...(index.get(key) ?? []), words]);
  }
  return index;
};
const cueList = (c: { before: string[]; after: string[] }): RoleCueList => ({
  before: indexBy(c.before, (w) => w[w.length - 1]!),
  after: indexBy(c.after, (w) => w[0]!)
});
/** Attack words that make a place later in the same clause struck ("attacked facilities in six regions"). */
export const clauseAttackWords = lowerSet(roleCues.clause);
export const roleCueLists = {
  struck: cueList(roleCues.struck),
  event: cueList(roleCues.event),
  meeting: cueList(roleCues.meeting)
} as const;

export interface CountedSet {
  id: string;
  members: readonly string[];
  nouns: ReadonlySet<string>;
  qualifiers: readonly string[];
  countries: readonly string[];
  basis: string;
}
export const countedSets: readonly CountedSet[] = collectiveSets.counted.map((s) => ({
  ...s,
  nouns: new Set(s.nouns),
  qualifiers: s.qualifiers.map((q) => q.toLowerCase())
}));
export const namedSets = collectiveSets.named.map((s) => ({
  pattern: new RegExp(`\\b(?:${s.pattern})\\b`, 'g'),
  members: s.members,
  basis: s.basis
}));
/** Plural place noun → the kind of place it counts. */
export const pluralPlaceNouns: ReadonlyMap<string, string> = new Map(
  Object.entries(collectiveSets.placeNouns)
);
export const vagueQuantifiers: readonly string[] = collectiveSets.vagueQuantifiers;
export const collectiveAnaphors: readonly string[] = collectiveSets.anaphors;
export const collectiveQualifiers = lowerSet(collectiveSets.qualifiers);
