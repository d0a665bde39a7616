import { LibsqlError } from '@libsql/client';

/** Whether a write failed on a unique or foreign key constraint, on SQLite or PostgreSQL (class 23). */
export function constraintViolated(error: unknown): boolean {
  if (error instanceof LibsqlError) return error.code.startsWith('SQLITE_CONSTRAINT');
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^23[0-9A-Z]{3}$/.test(code);
}
