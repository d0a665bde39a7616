import { clientNameSchema } from '$lib/annotated/edit';

/** The header a client may name itself in, for the audit trail. */
export const CLIENT_HEADER = 'x-wiremap-client';

export type ClientName = { ok: true; name: string } | { ok: false; reason: string };

/**
 * Who made an edit, for the audit trail: the body's `client`, else the `x-wiremap-client`
 * header, else "anonymous (<address>)". A header that is blank, over 100 characters or not
 * storable as it is (clientNameSchema) is refused.
 */
export function clientName(named: string | undefined, request: Request, address: () => string): ClientName {
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
  return { ok: true, name: `anonymous (${where})`.slice(0, 100) };
}
