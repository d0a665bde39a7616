import type { Claim, ClaimType, Quote, ResolvedPlace } from '../types';
import type { Range } from '../text/range';
import { readArticle } from '../text/read-article';
import { articleAttributions } from '../text/article-attributions';
import { trimRange, type Attribution } from '../text/find-attributions';
import { placeLocator } from '../text/places-near-span';
import { findPeople } from '../quotes/find-people';
import { resolveSpeaker } from '../quotes/resolve-speaker';
import { findAgency } from './find-agency';
import { findDateline } from '../places/find-dateline';
import { isInstitution } from './is-institution';
import { quoteClaimType } from './quote-claim-type';
import { isEventSentence } from './is-event-sentence';

// Claim types a quotation must carry to count as a claim on its own (CONVENTIONS: "a direct
// quote is also a claim when it makes a demand, accusation or denial").
const CONTENTIOUS: ReadonlySet<ClaimType> = new Set(['demand', 'accusation', 'denial']);
const SAY = /^(?:say|says|said|saying)$/;

/**
 * The claims of an article: every attributed proposition ("X said that …", "… , X said",
 * "according to X"), quotations that demand, accuse or deny or come from an institution, and —
 * when a news agency signs the article — the journalist's own sentences that report events.
 */
export function findClaims(text: string, places: ResolvedPlace[], quotes: Quote[]): Claim[] {
  const article = readArticle(text);
  const attributionsByUnit = articleAttributions(article);
  const people = findPeople(article.tokens);
  const placesNear = placeLocator(places, article.sentences, text);
  const agency = findAgency(text);
  const speakers: string[] = [];
  const claims: Claim[] = [];
  // The dateline ("KANO, Nigeria:") heads the first sentence but is no part of what anyone says.
  const bodyStart = findDateline(text)?.dateline.end ?? 0;
  const add = (range: Range, by: string, type: ClaimType) => {
    const { start, end } =
      range.start < bodyStart ? trimRange(text, { start: bodyStart, end: range.end }) : range;
    if (end > start)
      claims.push({ start, end, text: text.slice(start, end), by, type, places: placesNear({ start, end }) });
  };

  for (const [index, sentence] of article.units.entries()) {
    const attributions = attributionsByUnit[index]!;
    for (const attribution of attributions.filter((a) => a.asserts)) {
      const by = resolveSpeaker(article, attribution.speaker, people, speakers);
      speakers.push(by);
      const institution = isInstitution(
        text.slice(attribution.speaker.start, attribution.speaker.end),
        by,
        people
      );
      const claim = claimOf(text, attribution, quotes, institution);
      if (claim) add(trimRange(text, claim.range), by, claim.type);
    }
    const hasQuote = quotes.some((q) => q.start < sentence.end && q.end > sentence.start);
    if (
      agency &&
      attributions.length === 0 &&
      !hasQuote &&
      isEventSentence(text.slice(sentence.start, sentence.end))
    ) {
      add(trimRange(text, sentence), agency, 'report');
    }
  }
  // A quotation that demands, accuses or denies is a claim even when its speaker is carried over
  // from an earlier quote ("“…,” he said. “This is terror.”").
  for (const quote of quotes) {
    const unit = article.units.findIndex((u) => u.start <= quote.start && quote.start < u.end);
    if (!quote.speaker || (attributionsByUnit[unit]?.length ?? 0) > 0) continue;
    if (claims.some((c) => c.start < quote.end && c.end > quote.start)) continue;
    const type = quoteClaimType(quote.text);
    if (type) add(quote, quote.speaker, type);
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * The span and type of the claim an attribution makes, or null when it only introduces a
 * quotation: what a person says in quotation marks is a quote, and a claim too only when it
 * demands, accuses or denies; an institution's quoted statement reports what it asserts.
 */
function claimOf(
  text: string,
  attribution: Attribution,
  quotes: Quote[],
  institution: boolean
): { range: Range; type: ClaimType } | null {
  const { content, type } = attribution;
  const contentious = CONTENTIOUS.has(type);
  const range =
    contentious && attribution.shape === 'lead' ? { start: attribution.start, end: content.end } : content;
  const inside = quotes.filter((q) => q.start < content.end && q.end > content.start);
  if (inside.length === 0) return { range, type };
  const whole = inside.find((q) => q.start - 2 <= content.start && q.end + 2 >= content.end);
  // Plain reported speech with quoted fragments ("said the strikes came “very, very close” to
  // the border") still asserts its clause: the fragment is a quote, the clause a claim. A
  // paraphrase around a quoted phrase by a verb of emphasis or confirmation ("stressed that
  // contacts must be “well-prepared”") leaves the proposition to the quote.
  const verb = text.slice(attribution.verb.start, attribution.verb.end).toLowerCase();
  if (!whole && !coveredByQuotes(text, content, inside))
    return contentious || SAY.test(verb) ? { range, type } : null;
  if (!whole) return null;
  if (contentious || institution) return { range: whole, type };
  const own = quoteClaimType(text.slice(whole.start, whole.end));
  return own ? { range: whole, type: own } : null;
}

/** Whether quotations fill a clause but for punctuation ("said: “A.” “B.”" across two quotes). */
function coveredByQuotes(text: string, content: Range, quotes: Quote[]): boolean {
  let rest = '';
  let at = content.start;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (q.start > at) rest += text.slice(at, q.start);
    at = Math.max(at, q.end);
  }
  if (content.end > at) rest += text.slice(at, content.end);
  return !/[\p{L}\d]/u.test(rest);
}
