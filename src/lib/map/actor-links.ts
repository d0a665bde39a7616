import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { AnnotatedFeature, AnnotatedGeoJson, AnnotatedGeometry } from '$lib/annotated/schema';
import type { LayerRole } from '$lib/map/layer-roles';

export interface ActorLinkProperties {
  linkId: string;
  actor: string;
  place: string;
  /** Claim indices the link stands for, comma-separated (MapLibre keeps flat values only). */
  claims: string;
}

/** Planar area-weighted centroid of a ring (good enough at regional scale for an arrow's end). */
function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return area === 0
    ? { x: ring[0]![0]!, y: ring[0]![1]!, area: 0 }
    : { x: x / (3 * area), y: y / (3 * area), area: area / 2 };
}

/** Where a link ends on a place: the point itself, or the centroid of an outline's exterior rings. */
export function anchorOf(geometry: AnnotatedGeometry): [number, number] {
  if (geometry.type === 'Point') return geometry.coordinates;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const centroids = polygons.map((polygon) => ringCentroid(polygon[0]!));
  const total = centroids.reduce((sum, centroid) => sum + Math.abs(centroid.area), 0) || 1;
  const x = centroids.reduce((sum, centroid) => sum + centroid.x * Math.abs(centroid.area), 0) / total;
  const y = centroids.reduce((sum, centroid) => sum + centroid.y * Math.abs(centroid.area), 0) / total;
  return [x, y];
}

/** A gentle arc from `from` to `to` (a quadratic Bézier bowed to the left), so links to one place fan out. */
export function arc(from: [number, number], to: [number, number], segments = 24): Position[] {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const control = [from[0] + dx / 2 - dy * 0.2, from[1] + dy / 2 + dx * 0.2];
  return Array.from({ length: segments + 1 }, (_, i) => {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    return [a * from[0] + b * control[0]! + c * to[0], a * from[1] + b * control[1]! + c * to[1]];
  });
}

/** The actor that makes a claim: an actor mention inside the claim, else the actor named as its speaker. */
function claimActor(
  claim: AnnotatedGeoJson['claims'][number],
  actors: AnnotatedFeature[]
): AnnotatedFeature | undefined {
  const inside = (mention: { start: number; end: number }) =>
    claim.start <= mention.start && mention.end <= claim.end;
  return (
    actors.find((actor) =>
      actor.properties.mentions.some((mention) => mention.role === 'actor' && inside(mention))
    ) ?? actors.find((actor) => actor.properties.name === claim.by)
  );
}

/**
 * Lines from each drawn actor to the places its claims concern ("Moscow demands … four regions"),
 * one per actor and place. Places drawn only as "other mentions" get no line: a country-wide
 * arrow says nothing a reader can see.
 */
export function actorLinks(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>
): FeatureCollection<LineString, ActorLinkProperties> {
  const actors = collection.features.filter(
    (feature) => roleById.get(feature.id) === 'actor' && feature.geometry?.type === 'Point'
  );
  const byId = new Map(collection.features.map((feature) => [feature.id, feature]));
  const links = new Map<string, Feature<LineString, ActorLinkProperties>>();
  collection.claims.forEach((claim, index) => {
    const actor = claimActor(claim, actors);
    if (!actor?.geometry) return;
    for (const placeId of claim.places) {
      const place = byId.get(placeId);
      const role = roleById.get(placeId);
      if (!place?.geometry || placeId === actor.id || role === 'mentioned' || role === 'actor') continue;
      const linkId = `${actor.id}→${placeId}`;
      const existing = links.get(linkId);
      if (existing) {
        existing.properties.claims += `,${index}`;
        continue;
      }
      links.set(linkId, {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: arc(anchorOf(actor.geometry), anchorOf(place.geometry))
        },
        properties: { linkId, actor: actor.id, place: placeId, claims: String(index) }
      });
    }
  });
  return { type: 'FeatureCollection', features: [...links.values()] };
}
