// Finds the ISO 3166-2 first-level unit of a GeoNames place: by GeoNames' admin1 code through
// Natural Earth's gn_a1_code, checked against the unit's bounding box; else point in polygon.
import { bbox as turfBbox } from '@turf/turf';
import { geometryContains } from './planar-geometry.mjs';

/** Slack in degrees when checking that a place lies in its unit's bounding box. */
const boxSlack = 0.1;

/**
 * Returns `locate(country, admin1Code, lon, lat) → ISO 3166-2 | ''` over NE admin-1 records
 * (`{ id, country, geonamesAdmin1, geometry }`).
 */
export function admin1Locator(records) {
  const units = records.map((r) => ({ ...r, box: turfBbox({ type: 'Feature', properties: {}, geometry: r.geometry }) }));
  const byGeonamesCode = new Map();
  for (const unit of units) {
    if (unit.geonamesAdmin1 && !unit.geonamesAdmin1.endsWith('.')) {
      const list = byGeonamesCode.get(unit.geonamesAdmin1) ?? [];
      list.push(unit);
      byGeonamesCode.set(unit.geonamesAdmin1, list);
    }
  }
  const grid = new Map();
  for (const unit of units) {
    const [west, south, east, north] = unit.box;
    for (let x = Math.floor(west); x <= Math.floor(east); x++) {
      for (let y = Math.floor(south); y <= Math.floor(north); y++) {
        const key = `${x},${y}`;
        const list = grid.get(key) ?? [];
        list.push(unit);
        grid.set(key, list);
      }
    }
  }
  const inBox = ({ box: [west, south, east, north] }, lon, lat, slack) =>
    lon >= west - slack && lon <= east + slack && lat >= south - slack && lat <= north + slack;

  return function locate(country, admin1Code, lon, lat) {
    const coded = byGeonamesCode.get(`${country}.${admin1Code}`) ?? [];
    const boxed = coded.filter((unit) => inBox(unit, lon, lat, boxSlack));
    if (boxed.length > 0) return boxed[0].id;
    // Only units of the place's own country: its admin1 must agree with its country.
    const cell = grid.get(`${Math.floor(lon)},${Math.floor(lat)}`) ?? [];
    const candidates = cell.filter((u) => u.country === country && inBox(u, lon, lat, boxSlack));
    const hit = candidates.find((unit) => geometryContains(unit.geometry, [lon, lat])) ?? candidates[0];
    return hit ? hit.id : '';
  };
}
