import { eventKinds, type EventKind } from '$lib/analysis/event-kinds';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { actorLinks } from '$lib/map/actor-links';
import { settled } from './review-queue';
import { layerRoles, layerRolesById, type LayerRole } from '$lib/map/layer-roles';

/** What the legend says about one role. */
export interface LegendEntry {
  role: LayerRole;
  label: string;
  /** Features in the layer, drawn or not. */
  count: number;
  /** Collective references the text does not name (no geometry): shown as text, resolvable in review. */
  unnamed: { id: string; label: string; needsReview?: string }[];
  /** What happens at the layer's places, kind by kind in legend order (event and struck layers). */
  kinds?: { kind: EventKind; label: string; count: number }[];
  /** Lines drawn from the actors to the places their claims concern (actor layer). */
  links?: number;
}

export const roleLabels: Record<LayerRole, string> = {
  event: 'Event locations',
  affected: 'Affected areas',
  contested: 'Contested areas',
  struck: 'Struck places',
  actor: 'Actors',
  meeting: 'Meeting places',
  mentioned: 'Other mentions'
};

/** How the legend and popups name each event kind. */
export const eventKindLabels: Record<EventKind, string> = {
  attack: 'attack or strike',
  fighting: 'fighting',
  disaster: 'disaster',
  protest: 'protest',
  talks: 'talks',
  displacement: 'displacement'
};

/** Roles whose legend entry lists its event kinds (a meeting is talks, an affected area a disaster). */
const rolesWithKinds: ReadonlySet<LayerRole> = new Set(['event', 'struck']);

/** "6 regions — not named in the article" from a collective reference's count and words. */
export function unnamedLabel(feature: AnnotatedGeoJson['features'][number]): string {
  const words = feature.properties.mentions[0]?.text ?? feature.properties.name;
  const count = feature.properties.count;
  const phrase = count === undefined ? words : `${count} ${words.split(/\s+/).at(-1)}`;
  return `${phrase} — not named in the article`;
}

/** One legend entry per role the article has, in legend order, with every feature counted once. */
export function legendModel(collection: AnnotatedGeoJson): LegendEntry[] {
  const roleById = layerRolesById(collection);
  const present = new Set(roleById.values());
  const linkCount = actorLinks(collection, roleById).features.length;
  return layerRoles
    .filter((role) => present.has(role))
    .map((role) => {
      const features = collection.features.filter((feature) => roleById.get(feature.id) === role);
      const kinds = eventKinds
        .map((kind) => ({
          kind,
          label: eventKindLabels[kind],
          count: features.filter((feature) => feature.properties.event === kind).length
        }))
        .filter((entry) => entry.count > 0);
      return {
        role,
        label: roleLabels[role],
        count: features.length,
        unnamed: features
          .filter((feature) => 'unresolved' in feature.properties.ref)
          .map((feature) => ({
            id: feature.id,
            label: unnamedLabel(feature),
            // An analyst who accepted or resolved the place has reviewed it: no badge.
            ...(feature.properties.needsReview && !settled(feature)
              ? { needsReview: feature.properties.needsReview }
              : {})
          })),
        ...(rolesWithKinds.has(role) && kinds.length ? { kinds } : {}),
        ...(role === 'actor' && linkCount ? { links: linkCount } : {})
      };
    });
}
