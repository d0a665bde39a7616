import { scaleOrdinal, scaleSequential, type ScaleOrdinal, type ScaleSequential } from 'd3-scale';
import { interpolateBlues, schemeTableau10 } from 'd3-scale-chromatic';
import type { ExpressionSpecification } from 'maplibre-gl';
import { layerRoles, type LayerRole } from '$lib/map/layer-roles';

// Tableau 10 was designed to stay distinguishable under the common colour-vision deficiencies;
// each role also differs in shape (fill, dashed outline, pin, ring), so colour never carries it alone.
const [blue, orange, red, teal, , , purple, , brown, grey] = schemeTableau10 as string[];

/** Role → colour: the one categorical scale the map layers and the legend both read. */
export const roleColour: ScaleOrdinal<LayerRole, string> = scaleOrdinal<LayerRole, string>()
  .domain(layerRoles)
  .range([red!, brown!, orange!, purple!, blue!, teal!, grey!]);

/** Mentions of a place → colour, for "other mentions": the more often named, the darker. */
export function mentionCountColour(maxCount: number): ScaleSequential<string> {
  return scaleSequential(interpolateBlues).domain([0, Math.max(maxCount, 2)]);
}

/** A MapLibre `match` expression giving each role its colour from `scale`. */
export function roleMatchExpression(
  scale: ScaleOrdinal<LayerRole, string>,
  input: ExpressionSpecification
): ExpressionSpecification {
  const branches = scale.domain().flatMap((role) => [role, scale(role)]);
  return ['match', input, ...branches, scale(scale.domain().at(-1)!)] as ExpressionSpecification;
}

/** A MapLibre `interpolate` expression sampling a sequential scale at `steps` evenly spaced stops. */
export function sequentialExpression(
  scale: ScaleSequential<string>,
  input: ExpressionSpecification,
  steps = 5
): ExpressionSpecification {
  const [low, high] = scale.domain() as [number, number];
  const stops = Array.from({ length: steps }, (_, i) => low + ((high - low) * i) / (steps - 1));
  return [
    'interpolate',
    ['linear'],
    input,
    ...stops.flatMap((stop) => [stop, scale(stop)])
  ] as ExpressionSpecification;
}
