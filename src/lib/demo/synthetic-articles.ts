/**
 * Deterministic wire-style articles written from templates, for benchmarks and load tests.
 * The sentences are wiremap's own; places, figures, speakers and dates vary with the seed.
 */

const DATELINES = [
  'KYIV (Reuters) –',
  'MOSCOW:',
  'KHARKIV, Ukraine (AP) —',
  'ODESA:',
  'ISTANBUL (AFP) –',
  'LVIV:'
];
const CITIES = [
  'Kharkiv',
  'Odesa',
  'Dnipro',
  'Zaporizhzhia',
  'Kherson',
  'Sumy',
  'Pokrovsk',
  'Kramatorsk',
  'Mykolaiv',
  'Poltava',
  'Chernihiv',
  'Lviv'
];
const REGIONS = [
  'Donetsk',
  'Luhansk',
  'Kharkiv',
  'Sumy',
  'Zaporizhzhia',
  'Kherson',
  'Dnipropetrovsk',
  'Odesa',
  'Mykolaiv',
  'Chernihiv'
];
const RUSSIAN_REGIONS = ['Belgorod', 'Kursk', 'Bryansk', 'Rostov', 'Voronezh', 'Krasnodar'];
const SPEAKERS = [
  ['regional governor', 'Oleh Marchenko'],
  ['mayor', 'Iryna Kovalenko'],
  ['military spokesman', 'Andriy Tkachuk'],
  ['energy minister', 'Halyna Bondar'],
  ['Kremlin spokesman', 'Pavel Sokolov']
] as const;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens of'];
const HEDGES = ['at least', 'about', 'more than', 'nearly', 'over', 'up to'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A small, fast, seedable PRNG (mulberry32), so corpora are identical from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic article of wire length (about 2,000–2,400 characters). */
export function syntheticArticle(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const count = () => 2 + Math.floor(random() * 900);
  const city = pick(CITIES);
  const region = pick(REGIONS);
  const [role, speaker] = pick(SPEAKERS);
  const surname = speaker.split(' ')[1];
  const day = pick(DAYS);
  return [
    `${pick(DATELINES)} Russian drones and missiles struck ${city} overnight, killing ${pick(HEDGES)} ${count()} people and leaving ${count() * 100} households without power, officials said on ${day}.`,
    `“The attack hit residential buildings and a school,” ${role} ${speaker} said in a statement on Telegram.`,
    `${surname} said ${pick(NUMBER_WORDS)} drones were shot down over the ${region} region and that repair crews were working to restore heating.`,
    `Ukraine’s air force reported that Russia launched ${count()} drones and ${2 + Math.floor(random() * 40)} missiles at targets in ${pick(NUMBER_WORDS)} regions.`,
    `Moscow said its forces had captured a village near ${pick(CITIES)} and accused Kyiv of shelling the ${pick(RUSSIAN_REGIONS)} region, where ${count()} residents were evacuated.`,
    `The Kremlin demands that Ukraine withdraw from the four regions it claims, a condition Kyiv has rejected.`,
    `Delegations met in Istanbul for talks on a prisoner exchange, and ${pick(HEDGES)} ${count()} prisoners were returned, according to Ukrainian officials.`,
    `“We will not trade territory for a ceasefire,” President Volodymyr Zelensky told reporters in Kyiv. “Our people deserve a just peace.”`,
    `The United Nations said about ${2 + Math.floor(random() * 30)} percent of the population of the ${region} region had fled since the start of the full-scale invasion.`,
    `In ${pick(CITIES)}, emergency services said a fire at a fuel depot had been put out after ${2 + Math.floor(random() * 12)} hours, and that ${pick(NUMBER_WORDS)} firefighters were injured.`,
    `${role.charAt(0).toUpperCase()}${role.slice(1)} ${surname} said power had been restored to ${pick(HEDGES)} ${count() * 10} homes by ${day} evening, while ${pick(['hundreds', 'thousands', 'tens of thousands'])} of residents still had no water.`,
    `Russia’s Defence Ministry said air defences destroyed ${count()} Ukrainian drones over the ${pick(RUSSIAN_REGIONS)} and ${pick(RUSSIAN_REGIONS)} regions, a claim that could not be independently verified.`,
    `“Our units are holding their positions near ${pick(CITIES)},” the general staff said, adding that Russian troops had launched ${count()} assaults along the front line in the past day.`,
    `Analysts estimate that Moscow controls roughly one-fifth of Ukraine’s territory, including Crimea, which it annexed in 2014.`
  ].join('\n\n');
}
