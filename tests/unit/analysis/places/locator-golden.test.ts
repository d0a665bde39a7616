import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../src/lib/analysis/analyze-article';
import { loadGazetteer } from '../../../../src/lib/geodata/load-gazetteer';
import { expectGolden, goldenCases, goldenInput } from '../../../golden';

// Golden cases: tests/fixtures/locators/<case>.txt → <case>.expected.json, sentences written for
// these tests. Each place as its kind, event kind and the role of each mention, so a reviewer
// sees which country was only written to locate a town ("Kano, in northern Nigeria") and which
// was itself the event place ("floods swept Peru").
const directory = 'tests/fixtures/locators';
const cases = goldenCases(directory);

describe('locator places golden fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const text = goldenInput(directory, name);
      const { places } = analyzeArticle(text, loadGazetteer());
      const summary = places.map((place) => ({
        name: place.name,
        kind: place.kind,
        event: place.event ?? null,
        mentions: place.mentions.map((mention) => `${mention.start} ${mention.text}: ${mention.role}`)
      }));
      expectGolden(directory, name, summary);
    });
  }
});
