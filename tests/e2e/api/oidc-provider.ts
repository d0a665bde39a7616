import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

/** A local OpenID Connect provider for tests: one confidential client, accounts by login name. */
export interface LocalProvider {
  issuer: string;
  /** Configures the client once the app's address (its redirect URI) is known. */
  register: (client: { id: string; secret: string; redirectUri: string }) => void;
  close: () => Promise<void>;
}

/** The claims of each test account: its login name is its subject. */
export type TestAccounts = Record<
  string,
  { email: string; email_verified: boolean; preferred_username: string }
>;

/**
 * Starts `oidc-provider` on 127.0.0.1 and a free port. Its development login and consent pages
 * (devInteractions) accept any login name that `accounts` knows, with no password.
 */
export async function startLocalProvider(accounts: TestAccounts): Promise<LocalProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the provider has no port');
  const issuer = `http://127.0.0.1:${address.port}`;
  return {
    issuer,
    register: (client) => {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: [client.redirectUri],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic'
          }
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username'] },
        cookies: { keys: ['a test provider cookie key'] },
        pkce: { required: () => true },
        findAccount: (_context, sub) => {
          const claims = accounts[sub];
          if (!claims) return undefined;
          return { accountId: sub, claims: () => ({ sub, ...claims }) };
        }
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
