import { createHash } from 'node:crypto';

/** An article's id: the sha256 (hex) of its UTF-8 text, so the same text is the same article. */
export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
