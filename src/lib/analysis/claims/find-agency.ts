import { phraseAlternation } from '../text/phrase-alternation';
import list from '../../../../geodata/knowledge/claims-news-agencies.json';

const AGENCY = phraseAlternation(list.agencies);
// "– AFP" closing the article, or "KYIV (Reuters) –" / "(AP) —" in the dateline.
const SIGN_OFF = new RegExp(`(?:^|[\\s.!?”"])[–—-]\\s*(${AGENCY})\\s*$`);
const DATELINE = new RegExp(`^[^\\n]{0,60}?\\((${AGENCY})\\)\\s*[–—:-]`);

/** The news agency credited in the dateline or sign-off of a wire article, or null. */
export function findAgency(text: string): string | null {
  const head = text.slice(0, 200);
  const tail = text.slice(-60).trimEnd();
  return SIGN_OFF.exec(tail)?.[1] ?? DATELINE.exec(head)?.[1] ?? null;
}
