import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The dashboard's address for a stored article, `/?article=<id>`. */
export function articleUrl(id: string): ResolvedPathname {
  // The query does not change what the path resolves to.
  return `${resolve('/')}?article=${id}` as ResolvedPathname;
}
