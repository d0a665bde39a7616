// Which spellings of a place go into the gazetteer, and the romanisation variants we derive.

/**
 * Same as src/lib/geodata/gazetteer.ts normalizeName (kept in step by a unit test): the
 * generator is plain Node and cannot import TypeScript.
 */
/** @param {string} name */
export function normalizeName(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ‘`´]/g, '')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—_.]+/g, ' ')
    .trim();
}

const latinOnly = /^[\p{Script=Latin}\p{M}\s'’ʼ‘`´.\-‐‑–—]+$/u;

/**
 * True for an alternate name worth indexing for English text: Latin script, at least 3
 * letters, not a code (IATA "IEV", ICAO "UKBB"), no digits or URLs, and not all lower-case
 * (GeoNames' lower-case alternates are romanised CJK/Arabic/Georgian: "ji fu", "kartuli").
 */
/** @param {string} name */
export function isUsableAlternateName(name) {
  if (!latinOnly.test(name)) return false;
  const key = normalizeName(name);
  if (key.replace(/ /g, '').length < 3) return false;
  if (name === name.toLowerCase()) return false;
  if (!/\s/.test(name) && name.length <= 4 && name === name.toUpperCase()) return false;
  return true;
}

/**
 * Romanisation variants of a normalised Russian or Ukrainian name, as the press writes them.
 * Why: GeoNames romanises by BGN/PCGN ("Il'skiy", "Kryvyy Rih", "Zaporizhzhya") while English
 * news writes "Ilsky", "Kryvyi Rih", "Zaporizhzhia" (Ukraine's 2010 national system).
 */
/**
 * @param {string} key
 * @param {string} country
 * @returns {string[]}
 */
export function romanisationVariants(key, country) {
  const variants = new Set();
  // Russian adjective endings: -skiy/-skij → -sky; -yy/-iy/-ij → -y (Staryy Oskol → Stary Oskol).
  variants.add(key.replace(/(sk|ck|tsk)(iy|ij|yy|yi)\b/g, '$1y'));
  variants.add(key.replace(/(iy|ij|yy)\b/g, 'y'));
  if (country === 'UA') {
    // Ukrainian 2010 system: я ю є ї й inside a word are ia iu ie i i (BGN/PCGN: ya yu ye yi y).
    const national = key
      .replace(/\b(\w+)/g, (/** @type {string} */ word) => word.slice(0, 1) + word.slice(1).replace(/y([aue])/g, 'i$1'))
      .replace(/([aeiouy])yi/g, '$1i')
      .replace(/([aeiou])y(?=[^aeiouy]|\b)/g, '$1i')
      .replace(/yy\b/g, 'yi');
    variants.add(national);
    variants.add(key.replace(/yy\b/g, 'yi'));
  }
  variants.delete(key);
  return [...variants].filter((variant) => variant.length >= 3);
}

/** Arabic-speaking countries, whose place names carry the article al-/el- (and its assimilated forms). */
export const arabicNameCountries = new Set(
  // prettier-ignore
  ['SY', 'IQ', 'PS', 'LB', 'JO', 'YE', 'SD', 'LY', 'EG', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'TN', 'DZ', 'MA', 'MR']
);

const leadingArticle = /^(al|el|an|ar|as|ash|at|az|ad) /;

/**
 * Article variants of a normalised Arabic place name, as English news writes them.
 * Why: GeoNames has "Al Hudaydah", "El-Hodeidah"; the press writes "Hodeidah", "Deir al-Balah"
 * where GeoNames has "Deir el-Balah": the article is dropped or written al/el at will.
 */
/**
 * @param {string} key
 * @returns {string[]}
 */
export function arabicArticleVariants(key) {
  const variants = new Set();
  const withoutArticle = key.replace(leadingArticle, '');
  if (withoutArticle !== key && withoutArticle.length >= 4) variants.add(withoutArticle);
  if (/^(al|el) /.test(key)) variants.add(key.replace(/^(al|el) /, (/** @type {string} */ article) => (article === 'al ' ? 'el ' : 'al ')));
  if (/ (al|el) /.test(key)) variants.add(key.replace(/ (al|el) /g, (/** @type {string} */ article) => (article === ' al ' ? ' el ' : ' al ')));
  variants.delete(key);
  return [...variants];
}

/**
 * The name to show for a GeoNames place: its `name`, unless that carries transliteration marks
 * beyond Latin-1 ("Khān Yūnis", "Rafaḩ"), which English news does not use: then `asciiname`.
 */
/**
 * @param {string} name
 * @param {string} asciiname
 */
export function displayName(name, asciiname) {
  return /[\u0100-\uffff]/.test(name) && asciiname ? asciiname : name;
}
