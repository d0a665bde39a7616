/**
 * A copy of `value` with its keys in the order of a zod object's `shape`, dropping undefined
 * members. Edits add members (`notes`, `status`, `resolvedBy`) to objects that may already carry
 * later ones; this keeps the exported JSON in one key order whatever order the edits came in.
 */
export function inSchemaOrder<T extends object>(shape: Readonly<Record<string, unknown>>, value: T): T {
  const record = value as Record<string, unknown>;
  const entries = Object.keys(shape).flatMap((key) =>
    record[key] === undefined ? [] : [[key, record[key]]]
  );
  return Object.fromEntries(entries) as T;
}
