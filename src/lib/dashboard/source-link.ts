/** A source as a link: its address and host, only for http(s) addresses (never `javascript:`). */
export function sourceLink(source: string): { href: string; host: string } | null {
  try {
    const url = new URL(source.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { href: url.href, host: url.hostname };
  } catch {
    return null;
  }
}
