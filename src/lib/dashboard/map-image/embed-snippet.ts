/** The iframe a newsroom pastes to embed the published view at `url` (attribute-escaped). */
export function embedSnippet(url: string, title: string): string {
  const attribute = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<iframe src="${attribute(url)}" title="${attribute(`Map: ${title}`)}" width="100%" height="520" ` +
    `style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
