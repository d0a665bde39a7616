/** Sends an article's text to the server for analysis; resolves to its id or to the server's reason. */
export async function submitArticle(
  text: string
): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  const response = await fetch('/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text })
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
  if (response.status === 201 && body.id) return { ok: true, id: body.id };
  return { ok: false, reason: body.error ?? `the server answered ${response.status}` };
}
