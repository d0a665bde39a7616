import type { Edit, StoredEdit } from '$lib/annotated/edit';

type Revert = Extract<Edit, { kind: 'revert' }>;
type TrailEntry = Pick<StoredEdit, 'uid' | 'version' | 'edit' | 'state'>;

/** How reverts bear on one edit of a trail: a revert that cannot apply, or the version that reverted it. */
export interface RevertEffect {
  /** Why this revert edit takes nothing back (its target is unknown, already reverted, or a revert that does nothing). */
  problem?: string;
  /** The version of the revert, itself in effect, that takes this edit back. */
  revertedBy?: number;
}

/**
 * Why `edit` cannot revert anything in `trail` (the edits before it, with their states), or
 * null: its target must be in the trail, not already reverted, and not a revert that does
 * nothing. It never looks at what the target does, so any edit kind, now or later, can be
 * reverted, and re-analysis never changes which reverts apply.
 */
export function revertProblem(trail: readonly TrailEntry[], edit: Revert): string | null {
  const target = trail.find((entry) => entry.uid === edit.edit);
  if (!target) return `no edit ${edit.edit} in the review before this one`;
  if (target.state === 'reverted') return `version ${target.version} is already reverted`;
  if (target.edit.kind === 'revert' && target.state === 'stale')
    return `version ${target.version} is a revert that takes nothing back`;
  return null;
}

/**
 * Which edits are reverted, given the valid reverts among `ordered` (version order): an edit is
 * in effect unless a revert in effect targets it. Reverts only name earlier edits, so one pass
 * from the newest edit back decides each edit after every revert that could target it.
 */
function revertedBy(ordered: readonly StoredEdit[], problems: ReadonlyMap<string, string>) {
  const reverted = new Map<string, number>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const stored = ordered[i]!;
    if (stored.edit.kind !== 'revert' || reverted.has(stored.uid) || problems.has(stored.uid)) continue;
    if (!reverted.has(stored.edit.edit)) reverted.set(stored.edit.edit, stored.version);
  }
  return reverted;
}

const stateOf = (
  stored: StoredEdit,
  problems: ReadonlyMap<string, string>,
  reverted: ReadonlyMap<string, number>
): StoredEdit['state'] =>
  problems.has(stored.uid) ? 'stale' : reverted.has(stored.uid) ? 'reverted' : 'applied';

/**
 * What every revert in `ordered` (a trail in version order) does: each revert is judged by
 * revertProblem against the trail before it, exactly as the API judged it when it was made;
 * then the valid ones decide which edits are taken back. Reverting a revert puts its target back.
 */
export function revertEffects(ordered: readonly StoredEdit[]): Map<string, RevertEffect> {
  const problems = new Map<string, string>();
  ordered.forEach((stored, i) => {
    if (stored.edit.kind !== 'revert') return;
    const before = ordered.slice(0, i);
    const reverted = revertedBy(before, problems);
    const trail = before.map((entry) => ({ ...entry, state: stateOf(entry, problems, reverted) }));
    const problem = revertProblem(trail, stored.edit);
    if (problem !== null) problems.set(stored.uid, problem);
  });
  const reverted = revertedBy(ordered, problems);
  return new Map(
    ordered.map((stored) => {
      const problem = problems.get(stored.uid);
      const by = reverted.get(stored.uid);
      return [stored.uid, { ...(problem ? { problem } : {}), ...(by ? { revertedBy: by } : {}) }];
    })
  );
}
