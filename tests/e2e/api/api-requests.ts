/** Small fetch wrappers for the API tests: each returns the status and the parsed body. */

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Fetches `path` on `base` and parses a JSON answer (the body is `{}` when there is none). */
export async function call<T = Record<string, unknown>>(
  base: string,
  path: string,
  init: RequestInit = {}
): Promise<Answer<T>> {
  const response = await fetch(new URL(path, base), init);
  const text = await response.text();
  let body = {} as T;
  if (text && (response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text) as T;
  return { status: response.status, headers: response.headers, body, text };
}

/** POSTs `body` with the given content type. */
export function post<T = Record<string, unknown>>(
  base: string,
  path: string,
  contentType: string,
  body: BodyInit,
  headers: Record<string, string> = {}
): Promise<Answer<T>> {
  return call<T>(base, path, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
}

/** POSTs a value as application/json. */
export function postJson<T = Record<string, unknown>>(
  base: string,
  path: string,
  value: unknown,
  headers: Record<string, string> = {}
): Promise<Answer<T>> {
  return post<T>(base, path, 'application/json', JSON.stringify(value), headers);
}

/**
 * An article of our own about floods and strikes, made unique by `tag` so every test gets its own
 * article (an article's id is the hash of its text). Places: Lviv, Kyiv, and "three regions" the
 * text does not name; claims start at 0 and at the Kyiv officials' report.
 */
export function floodArticle(tag: string): string {
  return [
    'LVIV: Floodwater closed the main bridge in Lviv on Tuesday, and rescuers moved 240 families from low streets near the river, the regional governor said.',
    '"We expect the water to rise again by Thursday," the governor told reporters in Lviv.',
    'Officials in Kyiv said drones hit power stations in three regions overnight, cutting heat to about 12,000 homes.',
    `Filed under ${tag}.`
  ].join('\n\n');
}
