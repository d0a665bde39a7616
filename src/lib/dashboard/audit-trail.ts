import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, EditTarget, StoredEdit } from '$lib/annotated/edit';
import { queueEditWords } from './queue-edit-words';

/** One line of the audit trail as the dashboard shows it. */
export interface AuditRow {
  uid: string;
  version: number;
  /** ISO 8601 instant the edit was stored. */
  at: string;
  /** The same as "2025-11-25 06:08 UTC". */
  when: string;
  client: string;
  state: StoredEdit['state'];
  reason?: string;
  /** What the edit did, in words: "Resolved “six regions” to Kharkiv Oblast, Sumy Oblast". */
  what: string;
  /** The source an analyst gave (resolve edits). */
  source?: string;
  /** The revert that takes this edit back (undo), or takes back the revert that undid it (redo). */
  action?: { label: 'Undo' | 'Redo'; revert: string };
}

/**
 * What the trail offers for `stored`: Undo while it is in effect (applied, or a stale edit of any
 * kind but revert), Redo while a revert in effect has taken it back; nothing for a revert that
 * takes nothing back. Undoing a revert is what re-applies its target.
 */
export function trailAction(trail: readonly StoredEdit[], stored: StoredEdit): AuditRow['action'] {
  if (stored.state === 'reverted') {
    const by = trail.find(
      (entry) => entry.edit.kind === 'revert' && entry.edit.edit === stored.uid && entry.state === 'applied'
    );
    return by ? { label: 'Redo', revert: by.uid } : undefined;
  }
  if (stored.state === 'stale' && stored.edit.kind === 'revert') return undefined;
  return { label: 'Undo', revert: stored.uid };
}

type Collection = Pick<
  AnnotatedGeoJson,
  'article' | 'features' | 'claims' | 'figures' | 'review' | 'rejected'
>;

/** "A long sentence…" at most `length` characters. */
export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/** An ISO time as "YYYY-MM-DD HH:MM UTC" (the audit trail is read across time zones). */
export function auditTime(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

export function placeName(collection: Collection, id: string): string {
  return (
    collection.features.find((feature) => feature.id === id)?.properties.name ??
    collection.rejected?.find((entry) => entry.place === id)?.name ??
    id
  );
}

/** The words an edit moved or resolved, read from the mentions it marked, else the feature's name. */
function placeWords(collection: Collection, uid: string, id: string): string {
  for (const feature of collection.features)
    for (const mention of feature.properties.mentions)
      if (mention.reassigned?.edit === uid) return mention.text;
  const feature = collection.features.find((candidate) => candidate.id === id);
  return feature?.properties.mentions[0]?.text ?? feature?.properties.name ?? id;
}

export function targetWords(collection: Collection, target: EditTarget): string {
  if (target.type === 'place') return placeName(collection, target.id);
  const items = target.type === 'claim' ? collection.claims : collection.figures;
  const item = items.find((candidate) => candidate.start === target.start);
  return `${target.type} “${item ? excerpt(item.text, 50) : `at ${target.start}`}”`;
}

/** "Placed “Velykyi Burluk” at Kharkiv Oblast", "Added “the dam” at a pin (36.1, 49.9)". */
function addedWords(collection: Collection, uid: string, edit: Extract<Edit, { kind: 'add' }>): string {
  const words = `“${excerpt(collection.article.text.slice(edit.start, edit.end), 50)}”`;
  const verb = collection.features.some((feature) =>
    feature.properties.mentions.some((mention) => mention.reassigned?.edit === uid)
  )
    ? 'Placed'
    : 'Added';
  const where =
    'id' in edit.to
      ? placeName(collection, edit.to.id)
      : `a pin (${edit.to.point[0].toFixed(4)}, ${edit.to.point[1].toFixed(4)})`;
  return `${verb} ${words} at ${where}`;
}

/** What one edit did, in words. */
export function describeEdit(
  collection: Collection,
  uid: string,
  edit: Edit,
  unitName: (code: string) => string
): string {
  switch (edit.kind) {
    case 'reassign': {
      const count = edit.mentions
        ? `${edit.mentions.length} mention${edit.mentions.length === 1 ? '' : 's'} of `
        : '';
      return `Reassigned ${count}“${placeWords(collection, uid, edit.place)}” to ${placeName(collection, edit.to)}`;
    }
    case 'resolve':
      return `Resolved “${placeWords(collection, uid, edit.place)}” to ${edit.units.map(unitName).join(', ')}${edit.note ? ` — ${excerpt(edit.note)}` : ''}`;
    case 'note':
      return `Note on ${targetWords(collection, edit.target)}: “${excerpt(edit.text, 80)}”`;
    case 'status':
      return edit.status === 'unreviewed'
        ? `Marked ${targetWords(collection, { type: 'claim', start: edit.claim })} as not reviewed`
        : `Marked ${targetWords(collection, { type: 'claim', start: edit.claim })} as ${edit.status}`;
    case 'revert':
    case 'accept':
    case 'reject':
    case 'amend':
      return queueEditWords(collection, uid, edit, (other) =>
        describeEdit(collection, other.uid, other.edit, unitName)
      );
    case 'add':
      return addedWords(collection, uid, edit);
  }
}

function withAction(trail: readonly StoredEdit[], stored: StoredEdit) {
  const action = trailAction(trail, stored);
  return action ? { action } : {};
}

/** The article's audit trail, newest edit first, each with what it did and whether it still applies. */
export function auditTrail(collection: Collection, unitName: (code: string) => string): AuditRow[] {
  return [...(collection.review?.edits ?? [])]
    .sort((a, b) => b.version - a.version)
    .map((stored) => ({
      uid: stored.uid,
      version: stored.version,
      at: stored.at,
      when: auditTime(stored.at),
      client: stored.client,
      state: stored.state,
      ...(stored.reason ? { reason: stored.reason } : {}),
      what: describeEdit(collection, stored.uid, stored.edit, unitName),
      ...(stored.edit.kind === 'resolve' ? { source: stored.edit.source } : {}),
      ...withAction(collection.review?.edits ?? [], stored)
    }));
}
