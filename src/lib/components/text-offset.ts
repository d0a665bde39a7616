/**
 * Where a DOM selection boundary (`node`, `offset`) falls in the article's text, read from the
 * `data-start` of the segment it lies in (ArticleText renders each segment as one element over
 * one text node); null outside the article.
 */
export function textOffset(node: Node, offset: number): number | null {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: the start of the child after it, or the end of the last one.
    const child = node.childNodes[offset];
    if (child) return textOffset(child, 0);
    const last = node.lastChild;
    return last ? textOffset(last, last.textContent?.length ?? 0) : null;
  }
  const segment = node.parentElement?.closest<HTMLElement>('[data-start]');
  if (!segment) return null;
  let before = 0;
  const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode())
    before += text.textContent?.length ?? 0;
  return Number(segment.dataset.start) + before + offset;
}
