import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { checkArticleText, decodeArticle, MAX_ARTICLE_BYTES } from '$lib/analysis/article-input';
import { annotateArticle } from '$lib/server/annotate-article';
import { rememberArticle } from '$lib/server/article-memory';
import type { RequestHandler } from './$types';

const jsonBody = z.object({ text: z.string() });
const refuse = (status: number, reason: string) => json({ error: reason }, { status });

/**
 * POST an article (text/plain, or JSON `{text}`): 201 with `{id, annotated}`, the article kept in
 * memory under `id` for `/?article=<id>`. Bad input gets 4xx and `{error}`; over 1 MB, 413.
 */
export const POST: RequestHandler = async ({ request }) => {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_ARTICLE_BYTES + 64)
    return refuse(413, `the article is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MB)`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_ARTICLE_BYTES + 64)
    return refuse(413, `the article is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MB)`);
  const type = request.headers.get('content-type')?.split(';')[0]?.trim();
  let input;
  if (type === 'application/json') {
    let parsed;
    try {
      parsed = jsonBody.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      return refuse(400, 'the body is not valid JSON');
    }
    if (!parsed.success) return refuse(400, 'the JSON body must be {"text": "…"}');
    input = checkArticleText(parsed.data.text);
  } else if (type === 'text/plain' || type === undefined) {
    input = decodeArticle(bytes);
  } else {
    return refuse(415, 'send the article as text/plain or as JSON {"text": "…"}');
  }
  if (!input.ok) return refuse(input.reason.includes('limit') ? 413 : 400, input.reason);
  const annotated = annotateArticle(input.text);
  return json({ id: rememberArticle(annotated), annotated }, { status: 201 });
};
