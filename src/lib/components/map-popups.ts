import type { EventKind } from '$lib/analysis/event-kinds';
import { eventKindLabels, roleLabels } from '$lib/dashboard/legend-model';
import type { LayerRole } from '$lib/map/layer-roles';

// Popups are built from text nodes: article content never goes through setHTML.

/** A drawn place as the map found it: the places source's properties (PlaceFeatureProperties). */
export interface DrawnPlace {
  properties: Record<string, unknown>;
}

/** "Event locations · fighting · 2 mentions": a drawn place's layer, event kind and mentions. */
export function placeDescription(properties: Record<string, unknown>): string {
  const event = eventKindLabels[properties.event as EventKind];
  const count = Number(properties.mentionCount);
  return [
    roleLabels[properties.layerRole as LayerRole] ?? '',
    ...(event ? [event] : []),
    `${count} mention${count === 1 ? '' : 's'}`
  ].join(' · ');
}

/** The hover popup of one drawn place: its name and description. */
export function placePopupContent(feature: DrawnPlace): HTMLElement {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = String(feature.properties.name);
  const role = document.createElement('span');
  role.className = 'popup-role';
  role.textContent = placeDescription(feature.properties);
  box.append(name, document.createElement('br'), role);
  return box;
}

/** Each drawn place once, in the order MapLibre found them (topmost first). */
export function distinctPlaces(features: readonly DrawnPlace[]): DrawnPlace[] {
  const seen = new Set<string>();
  return features.filter((feature) => {
    const id = String(feature.properties.featureId);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The chooser shown when a click lands on several places at once (a city and the palace in it,
 * a town inside the region it names): one button per place, so each stays reachable.
 */
export function placeChooserContent(
  features: readonly DrawnPlace[],
  onchoose: (featureId: string) => void
): HTMLElement {
  const box = document.createElement('div');
  box.dataset.testid = 'place-chooser';
  const heading = document.createElement('span');
  heading.className = 'popup-role';
  heading.textContent = `${features.length} places here`;
  const list = document.createElement('ul');
  for (const feature of features) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.feature = String(feature.properties.featureId);
    const name = document.createElement('strong');
    name.textContent = String(feature.properties.name);
    const role = document.createElement('span');
    role.className = 'popup-role';
    role.textContent = placeDescription(feature.properties);
    button.append(name, document.createElement('br'), role);
    button.addEventListener('click', () => onchoose(String(feature.properties.featureId)));
    item.append(button);
    list.append(item);
  }
  box.append(heading, list);
  return box;
}
