/**
 * Where to go after signing in: `to` when it is a path on this server ("/…", not "//…" or
 * "/\…", which browsers read as another host), else the dashboard. No open redirect.
 */
export function returnPath(to: unknown): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\'))
    return '/';
  // eslint-disable-next-line no-control-regex -- a control character in a path is the point here.
  if (/[\u0000-\u001f\u007f]/.test(to)) return '/';
  return to;
}
