import { postgresUnavailableReason } from './postgres-unavailable';

/**
 * The database cannot do what a request needs, for a reason of its state rather than of the
 * request or of wiremap: locked by another program, read-only, damaged, gone, full. The API
 * answers 503 with `reason`; nothing is written; the server keeps running and recovers when the
 * database is back.
 */
export class DatabaseUnavailable extends Error {
  constructor(
    /** What is wrong and what to do, for the person who reads the error. */
    readonly reason: string,
    /** Seconds after which trying again may help (the Retry-After header). */
    readonly retryAfter = 5
  ) {
    super(reason);
    this.name = 'DatabaseUnavailable';
  }
}

/** SQLite's result codes, from a libsql error's `code` ("SQLITE_BUSY") or message. */
function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  return /\b(SQLITE_[A-Z_]+)\b/.exec(error.message)?.[1];
}

/** The primary result code: "SQLITE_IOERR_WRITE" → "SQLITE_IOERR". */
const primary = (code: string) => code.split('_').slice(0, 2).join('_');

/** Reasons, per SQLite result code, for failures that are the database's state. */
const reasons: Record<string, string> = {
  SQLITE_BUSY:
    'the database is locked by another program; nothing was changed. Try again in a moment, or close the program that holds it',
  SQLITE_LOCKED: 'the database is locked; nothing was changed. Try again in a moment',
  SQLITE_READONLY:
    'the database file is read-only, so nothing can be stored; stored articles can still be read. Make the file writable again',
  SQLITE_CORRUPT:
    'the database file is damaged, so wiremap will not write to it; restore it from a backup (see SECURITY.md)',
  SQLITE_NOTADB:
    'the database file is not a SQLite database (damaged or overwritten); wiremap will not touch it. Restore it from a backup',
  SQLITE_CANTOPEN: 'the database file cannot be opened (its folder is missing or not accessible)',
  SQLITE_FULL: 'the disk that holds the database is full; nothing was changed',
  SQLITE_IOERR: 'the database file could not be read or written (an I/O error); nothing was changed'
};

/**
 * The DatabaseUnavailable an error amounts to, when it is one of the database's states (locked,
 * read-only, damaged, unopenable, full, I/O); undefined for anything else, which is a fault.
 */
export function databaseUnavailable(error: unknown): DatabaseUnavailable | undefined {
  if (error instanceof DatabaseUnavailable) return error;
  if (error instanceof Error && /Unable to open connection to local database/.test(error.message))
    return new DatabaseUnavailable(reasons.SQLITE_CANTOPEN!);
  // The store reopened its file (put back, or writable again) while this request was using it.
  if ((error as { code?: unknown } | null)?.code === 'CLIENT_CLOSED')
    return new DatabaseUnavailable(
      'the database was reopened while this request ran; nothing was changed. Try again',
      1
    );
  const postgres = postgresUnavailableReason(error);
  if (postgres) return new DatabaseUnavailable(postgres);
  const code = sqliteCode(error);
  const reason = code ? (reasons[code] ?? reasons[primary(code)]) : undefined;
  return reason ? new DatabaseUnavailable(reason) : undefined;
}
