import * as oidc from 'openid-client';
import type { OidcSettings } from './auth-settings';

/** What the sign-in keeps between sending someone to the provider and their coming back. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  verifier: string;
  /** Where to go once signed in (already checked by `returnPath`). */
  to: string;
}

/** Who the provider says signed in: issuer and subject from the verified ID token, the rest from userinfo too. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  preferredName: string | null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
let configured: { key: string; config: Promise<oidc.Configuration> } | undefined;

/**
 * The provider's configuration, discovered once per process from its
 * `/.well-known/openid-configuration`. Plain http is allowed only for a provider on this machine
 * (a loopback address), so a provider on the network must be reached over https.
 */
export function oidcConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  if (configured?.key === key) return configured.config;
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  const config = oidc.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    oidc.ClientSecretBasic(settings.clientSecret),
    insecure ? { execute: [oidc.allowInsecureRequests] } : undefined
  );
  // A failed discovery (provider down) is tried again on the next sign-in.
  config.catch(() => {
    if (configured?.config === config) configured = undefined;
  });
  configured = { key, config };
  return config;
}

/** The provider's authorization URL for a new sign-in, with a fresh state, nonce and PKCE verifier. */
export async function beginOidcSignIn(
  config: oidc.Configuration,
  redirectUri: string,
  to: string
): Promise<{ url: URL; pending: PendingOidcSignIn }> {
  const pending = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    to
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256'
  });
  return { url, pending };
}

/**
 * Exchanges the code the provider sent back to `callbackUrl` and returns who signed in. The
 * library checks the state, the PKCE verifier, and the ID token's signature, issuer, audience,
 * expiry and nonce; any mismatch throws.
 */
export async function finishOidcSignIn(
  config: oidc.Configuration,
  callbackUrl: URL,
  pending: PendingOidcSignIn
): Promise<OidcIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the provider sent no ID token');
  // Many providers put e-mail and name only in the userinfo answer, not the ID token; the library
  // refuses one about another subject.
  const profile = config.serverMetadata().userinfo_endpoint
    ? { ...claims, ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) }
    : claims;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: text(profile.email)?.toLowerCase() ?? null,
    emailVerified: profile.email_verified === true,
    preferredName: text(profile.preferred_username) ?? text(profile.name)
  };
}
