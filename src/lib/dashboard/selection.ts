import type { Span as ArticleSpan } from '$lib/analysis/types';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';

/** What the reader has picked: a place on the map, or a claim, quote or figure in the sidebar. */
export type Selection = { kind: 'place'; id: string } | { kind: 'claim' | 'quote' | 'figure'; index: number };

/** What every sidebar list of claims, quotes or figures is given by the page. */
export interface SidebarListProps {
  collection: AnnotatedGeoJson;
  /** Indices of the items to show. */
  shown: number[];
  selection: Selection | null;
  onselect: (selection: Selection) => void;
  onpreview: (selection: Selection | null) => void;
}

type Collection = Pick<AnnotatedGeoJson, 'features' | 'claims' | 'quotes' | 'figures'>;
type Span = Pick<ArticleSpan, 'start' | 'end'>;

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Places mentioned inside a span of the article. */
function placesMentionedIn(collection: Collection, span: Span): string[] {
  return collection.features
    .filter((feature) => feature.properties.mentions.some((mention) => within(mention, span)))
    .map((feature) => feature.id);
}

/**
 * The places a quote concerns: those of the claims that contain it, and those it names.
 * Quotes carry no `places` of their own in the annotated GeoJSON.
 */
export function quotePlaces(collection: Collection, index: number): string[] {
  const quote = collection.quotes[index];
  if (!quote) return [];
  const fromClaims = collection.claims
    .filter((claim) => within(quote, claim))
    .flatMap((claim) => claim.places);
  return [...new Set([...fromClaims, ...placesMentionedIn(collection, quote)])];
}

/** Feature ids the selection concerns, to highlight and fly to. */
export function selectedPlaces(collection: Collection, selection: Selection | null): string[] {
  if (!selection) return [];
  switch (selection.kind) {
    case 'place':
      return collection.features.some((feature) => feature.id === selection.id) ? [selection.id] : [];
    case 'claim':
      return collection.claims[selection.index]?.places ?? [];
    case 'figure':
      return collection.figures[selection.index]?.places ?? [];
    case 'quote':
      return quotePlaces(collection, selection.index);
  }
}

/** What the sidebar shows: indices of the claims, quotes and figures left after the filters. */
export interface SidebarItems {
  claims: number[];
  quotes: number[];
  figures: number[];
}

/**
 * Filters the sidebar to a place (what concerns it: its places, or a mention of it inside the
 * item) and to a speaker. Either filter may be null.
 */
export function sidebarItems(
  collection: Collection,
  place: string | null,
  speaker: string | null
): SidebarItems {
  const indices = <T>(items: readonly T[], keep: (item: T, index: number) => boolean) =>
    items.flatMap((item, index) => (keep(item, index) ? [index] : []));
  const mentions = place
    ? (collection.features.find((feature) => feature.id === place)?.properties.mentions ?? [])
    : [];
  const names = (span: Span) => mentions.some((mention) => within(mention, span));
  // A place that speaks ("the Kremlin said") is the speaker of its claims and quotes, whatever
  // they are about: selecting an actor shows what it said.
  const voices = new Set(
    place
      ? [
          collection.features.find((feature) => feature.id === place)?.properties.name,
          ...mentions.map((mention) => mention.text)
        ].flatMap((name) => (name ? [name.toLowerCase()] : []))
      : []
  );
  const speaks = (who: string | null) => who !== null && voices.has(who.toLowerCase());
  const concerns = (places: readonly string[], span: Span, who: string | null = null) =>
    !place || places.includes(place) || names(span) || speaks(who);
  return {
    claims: indices(
      collection.claims,
      (claim) => concerns(claim.places, claim, claim.by) && (!speaker || claim.by === speaker)
    ),
    quotes: indices(
      collection.quotes,
      (quote, index) =>
        concerns(quotePlaces(collection, index), quote, quote.speaker) &&
        (!speaker || quote.speaker === speaker)
    ),
    figures: indices(collection.figures, (figure) => !speaker && concerns(figure.places, figure))
  };
}

/** Everyone who speaks in the article (claims' `by`, quotes' speakers), in order of first appearance. */
export function speakers(collection: Collection): string[] {
  const spoken = [
    ...collection.claims.map((claim) => ({ start: claim.start, who: claim.by })),
    ...collection.quotes.flatMap((quote) =>
      quote.speaker ? [{ start: quote.start, who: quote.speaker }] : []
    )
  ].sort((a, b) => a.start - b.start);
  return [...new Set(spoken.map((item) => item.who))];
}

/** Claim indices grouped by speaker, speakers in order of first claim. */
export function claimsBySpeaker(
  collection: Collection,
  claimIndices: readonly number[]
): [string, number[]][] {
  const groups = new Map<string, number[]>();
  for (const index of claimIndices) {
    const by = collection.claims[index]!.by;
    groups.set(by, [...(groups.get(by) ?? []), index]);
  }
  return [...groups];
}
