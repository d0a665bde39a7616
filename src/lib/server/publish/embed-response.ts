import { publicationFiles } from '$lib/dashboard/map-image/publication';
import { publishedFileType } from './file-type';

/**
 * The embed's Content-Security-Policy: the dashboard's own directives (svelte.config.js; the
 * end-to-end test compares them one by one), except that other sites may frame it. Who may is
 * WIREMAP_EMBED_ANCESTORS (space-separated origins), by default any site: embedding is the point.
 */
export function embedContentSecurityPolicy(environment: NodeJS.ProcessEnv = process.env): string {
  const ancestors = environment.WIREMAP_EMBED_ANCESTORS?.trim() || '*';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`
  ].join('; ');
}

/** One file of a published map as the embed serves it, under the embed's CSP. */
export function embedFileResponse(name: string, body: Uint8Array): Response {
  const dataFile = (Object.values(publicationFiles) as string[]).includes(name);
  return new Response(Buffer.from(body), {
    headers: {
      'content-type': publishedFileType(name),
      'content-security-policy': embedContentSecurityPolicy(),
      // The data follows the review; the page and scripts only change with wiremap itself.
      'cache-control': dataFile ? 'no-store' : 'no-cache'
    }
  });
}

/** The embed's page: the published page, its relative addresses resolved under /embed/<id>/. */
export function embedPage(index: Uint8Array, id: string): Response {
  const html = new TextDecoder().decode(index).replace('<head>', `<head>\n    <base href="/embed/${id}/" />`);
  return embedFileResponse('index.html', new TextEncoder().encode(html));
}
