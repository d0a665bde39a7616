import { roleSchema, type Role } from './roles';

/** OpenID Connect sign-in, when WIREMAP_OIDC_ISSUER is set (see docs/api.md#accounts). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The role of an account an OpenID Connect sign-in makes, unless a list below names it. */
  defaultRole: Role;
  /** E-mail addresses (lower case) whose new accounts get admin, or analyst. */
  admins: Set<string>;
  analysts: Set<string>;
}

/** How accounts work in this process. */
export interface AuthSettings {
  /** WIREMAP_AUTH: when false, nobody signs in and everyone may do everything. */
  enabled: boolean;
  /** How long a session lasts after signing in, in hours (WIREMAP_SESSION_HOURS, default 12). */
  sessionHours: number;
  oidc: OidcSettings | null;
}

const ON = new Set(['on', 'true', '1', 'yes']);
const OFF = new Set(['', 'off', 'false', '0', 'no']);

/** The list in a comma-separated variable, trimmed and lower-cased. */
function emailList(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean)
  );
}

/**
 * Reads the account settings from the environment, throwing an Error that names the variable
 * when one is set to something it cannot mean (the server then refuses to start rather than run
 * open when its operator meant it closed).
 */
export function authSettings(env: Record<string, string | undefined>): AuthSettings {
  const auth = (env.WIREMAP_AUTH ?? '').trim().toLowerCase();
  if (!ON.has(auth) && !OFF.has(auth)) {
    throw new Error(`WIREMAP_AUTH must be on or off (or true/false, 1/0, yes/no), not "${env.WIREMAP_AUTH}"`);
  }
  const hours = Number(env.WIREMAP_SESSION_HOURS ?? 12);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 366) {
    throw new Error(
      `WIREMAP_SESSION_HOURS must be a number of hours above 0, not "${env.WIREMAP_SESSION_HOURS}"`
    );
  }
  return { enabled: ON.has(auth), sessionHours: hours, oidc: oidcSettings(env) };
}

function oidcSettings(env: Record<string, string | undefined>): OidcSettings | null {
  const issuer = env.WIREMAP_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.WIREMAP_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.WIREMAP_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new Error('WIREMAP_OIDC_ISSUER needs WIREMAP_OIDC_CLIENT_ID and WIREMAP_OIDC_CLIENT_SECRET');
  }
  const role = roleSchema.safeParse(env.WIREMAP_OIDC_ROLE ?? 'viewer');
  if (!role.success) {
    throw new Error(`WIREMAP_OIDC_ROLE must be viewer, analyst or admin, not "${env.WIREMAP_OIDC_ROLE}"`);
  }
  return {
    issuer,
    clientId,
    clientSecret,
    defaultRole: role.data,
    admins: emailList(env.WIREMAP_OIDC_ADMINS),
    analysts: emailList(env.WIREMAP_OIDC_ANALYSTS)
  };
}

let current: AuthSettings | undefined;

/** This process's settings, read from process.env once. */
export function processAuthSettings(): AuthSettings {
  current ??= authSettings(process.env);
  return current;
}
