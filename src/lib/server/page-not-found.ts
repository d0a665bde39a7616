/** Nothing on this page loads or runs, and it may not be framed. */
const contentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The answer to a page address that names no route: a 404 with a short page of its own and a
 * Content-Security-Policy. Why not SvelteKit's error page: rendering it for a route-less address
 * failed ("Missing +page.svelte component for route null"), answering 500 with a stack in the log.
 */
export function pageNotFound(): Response {
  const page =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found · wiremap</title>' +
    '<p>There is no page here. <a href="/">Open the dashboard</a>.</p></html>';
  return new Response(page, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy }
  });
}
