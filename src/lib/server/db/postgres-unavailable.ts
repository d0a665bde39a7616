/** Reasons, per PostgreSQL SQLSTATE class or code, for failures that are the server's state. */
const reasons: Record<string, string> = {
  '08': 'the connection to the PostgreSQL server broke; nothing was changed. Try again',
  '3D000':
    'the PostgreSQL database named in WIREMAP_DB does not exist; create it (createdb) or fix WIREMAP_DB',
  '28000':
    'the PostgreSQL server refused the user in WIREMAP_DB; check its name and the server’s pg_hba.conf',
  '28P01': 'the PostgreSQL server refused the password in WIREMAP_DB',
  '53100': 'the disk that holds the PostgreSQL database is full; nothing was changed',
  '53300': 'the PostgreSQL server has no free connection; nothing was changed. Try again in a moment',
  '57P01': 'the PostgreSQL server is shutting down; nothing was changed. Try again once it is back',
  '57P02': 'the PostgreSQL server is restarting; nothing was changed. Try again in a moment',
  '57P03': 'the PostgreSQL server is starting up or in recovery; try again in a moment',
  '25006':
    'the PostgreSQL server is read-only (a standby?); nothing can be stored, stored articles can still be read',
  '40001': 'a concurrent write on the PostgreSQL server got in the way; nothing was changed. Try again',
  '40P01': 'a concurrent write on the PostgreSQL server got in the way; nothing was changed. Try again'
};

const unreachable =
  'the PostgreSQL server in WIREMAP_DB cannot be reached; nothing was read or written. ' +
  'Start it, or check the host and port in WIREMAP_DB';

/** Node's network error codes that mean the server is not there (or not answering). */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN'
]);

/**
 * Why a pg error is the PostgreSQL server's state (unreachable, refusing, shutting down, full),
 * for the 503 the API answers; undefined for anything else, which is a fault.
 */
export function postgresUnavailableReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (networkCodes.has(code)) return unreachable;
    const reason = reasons[code] ?? (/^[0-9A-Z]{5}$/.test(code) ? reasons[code.slice(0, 2)] : undefined);
    if (reason) return reason;
  }
  // Node gives an AggregateError when every address of a host refused the connection.
  if (error instanceof AggregateError)
    return error.errors.some(postgresUnavailableReason) ? unreachable : undefined;
  if (
    /^Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      error.message
    )
  )
    return unreachable;
  return undefined;
}
