import { z } from 'zod';
import type { ProblemList } from './problem-list';

type Path = readonly PropertyKey[];

/** The parts of a zod schema's definition this walk reads (zod 4's `_zod.def`). */
interface Definition {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const definition = (schema: z.ZodType) => schema._zod.def as unknown as Definition;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const where = (path: Path) => path.map(String).join('.') || '(root)';

/**
 * Adds to `problems` what `schema` finds wrong with `value`, walking objects, arrays, tuples and
 * unions member by member and stopping as soon as `problems` is full. Why not `safeParse`: zod
 * collects every issue before it returns, so a body of millions of bad members costs gigabytes
 * before the first one can be reported. Strings, numbers and other leaves are checked by zod
 * itself; checks on whole arrays and objects are left to the `safeParse` that follows a clean walk.
 */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  problems: ProblemList,
  path: Path = []
): void {
  if (problems.full) return;
  const def = definition(schema);
  if ((def.type === 'optional' && value === undefined) || (def.type === 'nullable' && value === null)) return;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType)
    return schemaProblems(def.innerType, value, problems, path);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length && !problems.full; i++)
      schemaProblems(def.element, value[i], problems, [...path, i]);
    return;
  }
  if (def.type === 'tuple' && def.items && Array.isArray(value) && value.length === def.items.length) {
    def.items.forEach((item, i) => schemaProblems(item, value[i], problems, [...path, i]));
    return;
  }
  if (def.type === 'object' && def.shape && isRecord(value))
    return objectProblems(def, value, problems, path);
  if (def.type === 'union' && def.options && isRecord(value)) {
    const option = unionOption(def, value);
    if (option) return schemaProblems(option, value, problems, path);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    if (problems.full) return;
    problems.add(`${where([...path, ...issue.path])}: ${issue.message}`);
  }
}

function objectProblems(
  def: Definition,
  value: Record<string, unknown>,
  problems: ProblemList,
  path: Path
): void {
  const shape = def.shape!;
  if (def.catchall && definition(def.catchall).type === 'never') {
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
    if (unknown.length)
      problems.add(
        `${where(path)}: unrecognized keys (${unknown.length}): ${unknown.slice(0, 5).join(', ')}`
      );
  }
  for (const [key, member] of Object.entries(shape)) {
    if (problems.full) return;
    schemaProblems(member, value[key], problems, [...path, key]);
  }
}

/**
 * The one member of a union of objects that `value` means to be: named by the discriminator,
 * else the only one whose keys include all of `value`'s and whose literal members it matches; undefined when it is no single one (zod
 * then reports the union, which for a value that matches no form is a short answer).
 */
function unionOption(def: Definition, value: Record<string, unknown>): z.ZodType | undefined {
  const objects = def.options!.filter((option) => definition(option).type === 'object');
  if (objects.length !== def.options!.length) return undefined;
  if (def.discriminator) {
    const key = def.discriminator;
    return objects.find((option) => definition(definition(option).shape![key]!).values?.includes(value[key]));
  }
  const keys = Object.keys(value);
  const fitting = objects.filter((option) => {
    const shape = definition(option).shape!;
    const literalsMatch = Object.entries(shape).every(([key, member]) => {
      const values = definition(member).type === 'literal' ? definition(member).values : undefined;
      return !values || values.includes(value[key]);
    });
    return literalsMatch && keys.every((key) => Object.hasOwn(shape, key));
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}
