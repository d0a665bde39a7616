import { describe, expect, it } from 'vitest';
import { embedSnippet } from '$lib/dashboard/map-image/embed-snippet';

describe('embedSnippet', () => {
  it('is an iframe of the embed with the title escaped into its attribute', () => {
    expect(embedSnippet('https://maps.example/embed/abc', 'Talks "in" <Geneva> & Kyiv')).toBe(
      '<iframe src="https://maps.example/embed/abc" title="Map: Talks &quot;in&quot; &lt;Geneva&gt; &amp; Kyiv" ' +
        'width="100%" height="520" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>'
    );
  });
});
