// Shapes of named regions without an ISO code (Darfur, the Sahel, the Middle East…): the union
// of their member countries and first-level units, from geodata/sources/region-members.json.
import { booleanPointInPolygon, featureCollection, rewind, union } from '@turf/turf';
import { approximatePolygonKm2 } from './geojson-output.mjs';

// Why drop pieces under 150 km²: islets add bytes to every export that names the region, and the
// members' own outlines already dropped theirs (countries.geojson drops under 150 km² far from Europe).
const smallestPieceKm2 = 150;
const round = (value) => Math.round(value * 1000) / 1000;

function withoutRepeats(ring) {
  return ring.filter((position, i) => i === 0 || position[0] !== ring[i - 1][0] || position[1] !== ring[i - 1][1]);
}

/** The union's polygons, rounded to 0.001°, without specks or degenerate rings. */
function cleanPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) => rings.map((ring) => withoutRepeats(ring.map(([lon, lat]) => [round(lon), round(lat)]))).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0 && approximatePolygonKm2([rings[0]]) >= smallestPieceKm2)
    .map(([outer, ...holes]) => [outer, ...holes.filter((hole) => approximatePolygonKm2([hole]) >= smallestPieceKm2)]);
}

/**
 * One Feature per region (`id` = the curated slug): the union of its members' outlines, RFC 7946
 * winding. `outlineOf(member)` gives the geometry of "country:XX" or "admin1:<code>". Throws on
 * an unknown member, a region that is not a curated place, or a union that misses the curated point.
 */
export function regionShapeFeatures(regions, outlineOf, curatedPlaces) {
  const pointOf = new Map(curatedPlaces.map((place) => [place.slug, [place.lon, place.lat]]));
  return Object.entries(regions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, { members }]) => {
      const parts = members.map((member) => {
        const geometry = outlineOf(member);
        if (!geometry) throw new Error(`region-members.json: ${slug} has no outline for ${member}`);
        return { type: 'Feature', properties: {}, geometry };
      });
      const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
      const geometry = rewind({ type: 'MultiPolygon', coordinates: cleanPolygons(merged.geometry) }, { reverse: false });
      const point = pointOf.get(slug);
      if (!point) throw new Error(`region-members.json: ${slug} is not a curated place`);
      if (!booleanPointInPolygon(point, geometry)) throw new Error(`region shape of ${slug} does not hold its curated point`);
      return { type: 'Feature', id: slug, properties: { id: slug }, geometry };
    });
}

/** `outlineOf` over the generated country and world admin-1 features. */
export function memberOutlines(countryFeatures, admin1Features) {
  const byMember = new Map([
    ...countryFeatures.map((feature) => [`country:${feature.id}`, feature.geometry]),
    ...admin1Features.map((feature) => [`admin1:${feature.id}`, feature.geometry])
  ]);
  return (member) => byMember.get(member);
}
