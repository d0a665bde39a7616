import { clientNameSchema } from '$lib/annotated/edit';

/** The header a client may name itself in, for the audit trail. */
export const CLIENT_HEADER = 'x-wiremap-client';

export type ClientName = { ok: true; name: string } | { ok: false; reason: string };

/** What the audit trail records for an edit whose client names nobody. */
export const ANONYMOUS_CLIENT = 'anonymous';

/**
 * Who made an edit, for the audit trail: the body's `client`, else the `x-wiremap-client`
 * header, else "anonymous". A header that is blank, over 100 characters or not storable as it
 * is (clientNameSchema) is refused. The address is never stored (the trail is exported); an
 * anonymous edit's address goes to the server log only, through `log`.
 */
export function clientName(
  named: string | undefined,
  request: Request,
  address: () => string,
  log: (line: string) => void = console.info
): ClientName {
  if (named !== undefined) return { ok: true, name: named };
  const header = request.headers.get(CLIENT_HEADER);
  if (header !== null) {
    const parsed = clientNameSchema.safeParse(header);
    return parsed.success
      ? { ok: true, name: parsed.data }
      : {
          ok: false,
          reason: `the ${CLIENT_HEADER} header must be 1 to 100 characters, not blank, without control characters`
        };
  }
  let where: string;
  try {
    where = address();
  } catch {
    // adapter-node throws when ADDRESS_HEADER is configured but missing from the request.
    where = 'unknown address';
  }
  log(`anonymous edit from ${where} (${new URL(request.url).pathname})`);
  return { ok: true, name: ANONYMOUS_CLIENT };
}
