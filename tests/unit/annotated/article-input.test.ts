import { describe, expect, it } from 'vitest';
import { checkArticleText, decodeArticle, MAX_ARTICLE_BYTES } from '$lib/analysis/article-input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('returns the text unchanged, BOM and CRLF included, so offsets match the file', () => {
    const text = '\uFEFFKYIV: Shelling hit Kharkiv.\r\nMore follows.';
    expect(decodeArticle(bytes(text))).toEqual({ ok: true, text });
  });

  it('refuses empty and blank input', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, reason: 'the article is empty' });
    expect(decodeArticle(bytes(' \n\t '))).toEqual({ ok: false, reason: 'the article is empty' });
  });

  it('refuses input over 1 MB', () => {
    const result = decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/limit is 1048576/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(decodeArticle(new Uint8Array([0x4b, 0x79, 0xff, 0xfe, 0x69, 0x76]))).toEqual({
      ok: false,
      reason: 'the article is not valid UTF-8 text'
    });
  });

  it('refuses binary data', () => {
    expect(decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toMatchObject({
      ok: false
    });
    expect(checkArticleText('abc\u0000def')).toEqual({
      ok: false,
      reason: 'the article looks like binary data, not text: it contains the control character U+0000'
    });
  });

  it('refuses a lone surrogate, which UTF-8 cannot store', () => {
    expect(checkArticleText('Kyiv \ud800 evening')).toMatchObject({ ok: false, reason: /lone surrogate/ });
    expect(checkArticleText('Kyiv \ud83d\ude00 evening').ok).toBe(true);
  });

  it('accepts Cyrillic and right-to-left text', () => {
    expect(decodeArticle(bytes('Київ і Харків. مرحبا')).ok).toBe(true);
  });
});
