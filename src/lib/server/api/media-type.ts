/** The request's media type without parameters, lower-cased ("text/plain"), or undefined if none. */
export function mediaType(request: Request): string | undefined {
  const essence = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return essence || undefined;
}
