// The elements that end a paragraph: their text is separated by a blank line.
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6'
]);

interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

/**
 * The readable text of a DOM subtree: paragraphs (block elements) separated by a blank line,
 * white space within a paragraph collapsed to single spaces, `<br>` a line break. textContent
 * alone runs paragraphs together ("…said.The minister…"), which breaks sentence splitting.
 */
export function blockText(root: TextNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) current += node.textContent?.replace(/\s+/g, ' ') ?? '';
    else if (node.nodeName === 'BR') current += '\n';
    else if (node.nodeType === 1) {
      const block = BLOCKS.has(node.nodeName);
      if (block) flush();
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
