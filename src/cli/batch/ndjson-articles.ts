import { z } from 'zod';
import { articleRefusal } from '$lib/annotated/article-facts';
import type { BatchInput } from './batch-inputs';

const articleLine = z.strictObject({
  id: z.string().min(1).max(500),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  published: z.iso.date().optional()
});

/**
 * The articles of NDJSON text, one `{"id", "text", "title"?, "url"?, "published"?}` per line
 * (blank lines ignored); a line that is not one is an input that reads as its reason.
 */
export function ndjsonArticles(ndjson: string, source: string): BatchInput[] {
  const lines = ndjson.split('\n');
  return lines.flatMap((line, i): BatchInput[] => {
    if (line.trim() === '') return [];
    const place = `${source}:${i + 1}`;
    const article = articleFromLine(line);
    if (!article.ok)
      return [
        { name: place, stem: place, read: () => ({ ok: false, reason: `${place}: ${article.reason}` }) }
      ];
    const { id, text, ...extras } = article.value;
    return [{ name: id, stem: safeFileStem(id), read: () => ({ ok: true, text, extras }) }];
  });
}

function articleFromLine(
  line: string
): { ok: true; value: z.infer<typeof articleLine> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'the line is not JSON' };
  }
  const parsed = articleLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || 'the line'}: ${issue.message}` };
  }
  const refusal = articleRefusal(parsed.data);
  if (refusal) return { ok: false, reason: `${parsed.data.id}: ${refusal.reason}` };
  return { ok: true, value: parsed.data };
}

/** An id as a file name: characters other than letters, digits, `.`, `-` and `_` become `_`. */
function safeFileStem(id: string): string {
  const stem = id.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return stem.startsWith('.') ? `_${stem}` : stem;
}
