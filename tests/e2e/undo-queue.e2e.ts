import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { call, post, postJson } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle } from './browser';

// Every test stores an article of its own, so no two tests share versions, and every wait is on
// what the page shows (a row's state, a list's count, an attribute), never on a timeout.

const chromium = useChromium();
const seed = readFileSync('src/lib/demo/seed.txt', 'utf8');

/** Stores `text` and returns its id. */
async function storedArticle(text: string): Promise<string> {
  const created = await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', text);
  expect(created.status, created.text).toBeLessThan(300);
  return created.body.id;
}

const reviewed = async (id: string) =>
  (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body.annotated;
const withoutReview = (collection: AnnotatedGeoJson) => ({ ...collection, review: undefined });

/** Opens the article in review mode at `viewport`. */
async function reviewing(id: string, viewport = { width: 1280, height: 800 }) {
  const visited = await visit(chromium.browser, `/?article=${id}`, viewport);
  await waitForMapIdle(visited.page);
  await visited.page.locator('[data-testid="review-toggle"]').click();
  await expect.poll(() => visited.page.locator('[data-testid="review-queue"]').count()).toBe(1);
  return visited;
}

describe('undo in the dashboard', () => {
  let page: Page;
  afterAll(() => page?.context().close());

  it('undoes an edit of every kind from the review history, and redoes one', async () => {
    const id = await storedArticle(`${seed}\n\n\n\n\n\n\n\n\n\n\n`);
    const base = await reviewed(id);
    const name = (n: string) => base.features.find((feature) => feature.properties.name === n)!.id;
    const claim = base.claims[0]!.start;
    const edits = [
      {
        kind: 'resolve',
        place: 'unresolved:2067',
        units: ['UA-12', 'UA-18'],
        source: 'https://grid.example/named'
      },
      { kind: 'reassign', place: name('Kyiv'), to: 'admin1:UA-32' },
      { kind: 'note', target: { type: 'claim', start: claim }, text: 'first wording' },
      { kind: 'status', claim, status: 'disputed' },
      { kind: 'accept', place: name('Moscow') },
      { kind: 'reject', place: name('Istanbul') }
    ];
    let uid = '';
    for (const [version, edit] of edits.entries()) {
      const answer = await postJson<{ edit: { uid: string } }>(baseUrl, `/api/articles/${id}/edits`, {
        version,
        edit
      });
      expect(answer.status, answer.text).toBe(201);
      if (edit.kind === 'note') uid = answer.body.edit.uid;
    }
    const amended = await postJson(baseUrl, `/api/articles/${id}/edits`, {
      version: 6,
      edit: { kind: 'amend', note: uid, text: 'second wording' }
    });
    expect(amended.status, amended.text).toBe(201);

    ({ page } = await reviewing(id));
    const row = (version: number) => page.locator(`[data-testid="audit-row"][data-version="${version}"]`);
    for (let version = 7; version >= 1; version--) {
      await row(version)
        .getByRole('button', { name: new RegExp(`^Undo v${version}:`) })
        .click();
      await expect.poll(() => row(version).locator('[data-testid="audit-reverted"]').count()).toBe(1);
      expect(await row(version).textContent()).toContain(`reverted by version ${15 - version}`);
    }
    // Seven undos later the article is the analysis again, and the trail holds all fourteen edits.
    const undone = await reviewed(id);
    expect(withoutReview(undone)).toEqual(withoutReview(base));
    expect(undone.review!.edits).toHaveLength(14);
    await expect.poll(() => page.locator('[data-testid="audit-row"]').count()).toBe(14);

    // Redo the accept: the revert of its revert.
    await row(5)
      .getByRole('button', { name: /^Redo v5:/ })
      .click();
    await expect.poll(() => row(5).locator('[data-testid="audit-reverted"]').count()).toBe(0);
    const redone = await reviewed(id);
    expect(
      redone.features.find((feature) => feature.id === name('Moscow'))!.properties.acceptedBy
    ).toBeDefined();
    expect(await row(15).textContent()).toMatch(/Re-applied by undoing v10: Undid v5: Accepted Moscow/);
  });

  it('edits and deletes a note, and sets a claim back to not reviewed, from the sidebar', async () => {
    const id = await storedArticle(`${seed}\n\n\n\n\n\n\n\n\n\n\n\n`);
    const base = await reviewed(id);
    const claimIndex = 0;
    const start = base.claims[claimIndex]!.start;
    ({ page } = await reviewing(id));
    const claim = page.locator('li', { has: page.locator(`[data-testid="claim-${claimIndex}"]`) });

    await claim.locator('[data-testid="claim-status-select"]').selectOption('corroborated');
    await expect.poll(() => claim.locator('[data-testid="claim-status"]').count()).toBe(1);
    await claim.locator('[data-testid="claim-status-select"]').selectOption('unreviewed');
    await expect.poll(() => claim.locator('[data-testid="claim-status"]').count()).toBe(0);
    expect((await reviewed(id)).claims[claimIndex]).not.toHaveProperty('status');

    for (const text of ['kept note', 'note to delete']) {
      await claim.locator('[data-testid="note-add"]').click();
      await claim.locator('[data-testid="note-text"]').fill(text);
      await claim.locator('[data-testid="note-save"]').click();
      await expect.poll(() => claim.locator('[data-testid="note"]', { hasText: text }).count()).toBe(1);
    }
    await claim.getByRole('button', { name: 'Edit the note “kept note”' }).click();
    await claim.locator('[data-testid="note-edit-text"]').fill('kept note, reworded');
    await claim.locator('[data-testid="note-edit-save"]').click();
    await expect
      .poll(() => claim.locator('[data-testid="note"]', { hasText: 'kept note, reworded' }).count())
      .toBe(1);
    await claim.getByRole('button', { name: 'Delete the note “note to delete”' }).click();
    await expect.poll(() => claim.locator('[data-testid="note"]').count()).toBe(1);

    const after = await reviewed(id);
    const notes = after.claims.find((candidate) => candidate.start === start)!.notes!;
    expect(notes.map((note) => note.text)).toEqual(['kept note, reworded']);
    expect(notes[0]!.amended).toBeDefined();
    // The history keeps every text: both notes as written, and the rewrite.
    const texts = after.review!.edits.flatMap((entry) => ('text' in entry.edit ? [entry.edit.text] : []));
    expect(texts).toEqual(['kept note', 'note to delete', 'kept note, reworded']);
    expect(await page.locator('[data-testid="audit-row"][data-version="6"]').textContent()).toMatch(
      /Undid v4: Note on claim/
    );
  });
});

// An article written for this test: hospitals the gazetteer does not hold, placed at the town
// named with or before them (approximate), and regions the text counts but does not name.
const queueArticle = [
  'Russian shelling damaged homes in Kharkiv on Tuesday, the regional governor said.',
  'A missile hit the Pavlov Hospital overnight, wounding four nurses, the health ministry said.',
  'Rescuers also worked at the Okhmatdyt Hospital in Kharkiv, officials said.',
  'Ukraine said Russian drones also struck energy sites in three regions overnight.'
].join('\n\n');

describe('the review queue', () => {
  let page: Page;
  afterAll(() => page?.context().close());

  it('marks approximate placements on the map and in the place list', async () => {
    const id = await storedArticle(`${queueArticle}\n`);
    const base = await reviewed(id);
    const hospital = base.features.find((feature) => feature.properties.name === 'Pavlov Hospital')!;
    expect(hospital.properties.needsReview).toMatch(/placed at Kharkiv/);
    ({ page } = await reviewing(id));
    const place = page.locator('li', { has: page.locator(`[data-testid="place-${hospital.id}"]`) });
    expect(await place.locator('[data-testid="approximate"]').textContent()).toBe('approximate');
    await waitForMapIdle(page);
    const ringed = await page.evaluate(() =>
      window
        .__wiremapMap!.queryRenderedFeatures({ layers: ['approximate-ring'] })
        .map((feature) => String(feature.properties.featureId))
    );
    expect(ringed).toContain(hospital.id);
  });

  it('is worked with the keyboard only: next, previous, reassign (units from the list), accept, reject', async () => {
    const id = await storedArticle(`${queueArticle}\n\n`);
    const base = await reviewed(id);
    const byName = (name: string) => base.features.find((feature) => feature.properties.name === name)!.id;
    ({ page } = await reviewing(id));
    const list = page.locator('[data-testid="queue-list"]');
    const current = () => list.locator('[aria-selected="true"] .name').textContent();
    const items = () => list.locator('[data-testid="queue-item"]').count();
    await expect.poll(items).toBe(3);
    await list.focus();
    expect(await current()).toMatch(/three regions/);

    await page.keyboard.press('j');
    await expect.poll(current).toBe('Pavlov Hospital');
    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe('Okhmatdyt Hospital');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect.poll(current).toMatch(/three regions/);

    // r on a collective reference opens the unit picker, its search focused: pick from the list.
    await page.keyboard.press('r');
    const panel = page.locator('[data-testid="assign-panel"]');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('unit-search');
    for (const name of ['Kharkiv', 'Sumy', 'Poltava']) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(name);
      await expect.poll(() => panel.locator('[data-testid="unit-choices"] li').count()).toBe(1);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Shift+Tab');
    }
    await expect
      .poll(() => panel.locator('[data-testid="assign-count"]').textContent())
      .toBe('3 of 3 chosen');
    await page.keyboard.press('Tab'); // the one listed box
    await page.keyboard.press('Tab'); // the source
    await page.keyboard.type('https://grid.example/three');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.count()).toBe(0);
    const resolved = (await reviewed(id)).features.find(
      (feature) => feature.properties.kind === 'collective'
    )!;
    expect(resolved.properties.ref).toEqual({
      set: ['UA-63', 'UA-59', 'UA-53'],
      named_in_text: false,
      basis: 'analyst'
    });

    // The queue has the focus back; the next place is current.
    await expect.poll(items).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('queue-list');
    expect(await current()).toBe('Pavlov Hospital');
    await page.keyboard.press('a');
    await expect
      .poll(() => page.locator('[data-testid="queue-status"]').textContent())
      .toBe('Accepted Pavlov Hospital. 1 left.');
    expect(await current()).toBe('Okhmatdyt Hospital');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('[data-testid="queue-empty"]').count()).toBe(1);

    const after = await reviewed(id);
    expect(
      after.features.find((feature) => feature.id === byName('Pavlov Hospital'))!.properties.acceptedBy
    ).toBeDefined();
    expect(after.features.some((feature) => feature.id === byName('Okhmatdyt Hospital'))).toBe(false);
    expect(after.rejected!.map((entry) => entry.name)).toEqual(['Okhmatdyt Hospital']);
    expect(after.review!.edits.map((entry) => entry.edit.kind)).toEqual(['resolve', 'accept', 'reject']);
  });
});

describe('reassigning from the queue with the keyboard', () => {
  let page: Page;
  afterAll(() => page?.context().close());

  const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  const activeLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

  /** Presses j until the queue's current place is `name` (the queue's order is the analysis's). */
  async function goTo(name: string) {
    const current = () =>
      page.locator('[data-testid="queue-list"] [aria-selected="true"] .name').textContent();
    for (let step = 0; step < 8 && (await current()) !== name; step++) await page.keyboard.press('j');
    expect(await current()).toBe(name);
  }

  /** Types `query` into the focused search box, submits it, and takes the first hit from the keyboard. */
  async function searchAndTakeFirst(query: string, hits: string) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-testid="${hits}"] button`).count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the first hit
    await expect.poll(activeLabel).toMatch(new RegExp(`(at|to) ${query} \\(`));
    await page.keyboard.press('Enter');
  }

  it('places a name the analysis could not locate, and moves a located place to a gazetteer entry', async () => {
    const text = `${queueArticle}\n\nVolunteers also searched the Brovarka Hospital overnight, the mayor said.`;
    const id = await storedArticle(text);
    const unplaced = 'unresolved:facility:brovarka hospital';
    expect((await reviewed(id)).features.map((feature) => feature.id)).toContain(unplaced);
    ({ page } = await reviewing(id));
    await page.locator('[data-testid="queue-list"]').focus();

    // r on an unplaced name opens the placing panel (gazetteer or pin), not the unit picker.
    await goTo('Brovarka Hospital');
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('[data-testid="add-place"]').count()).toBe(1);
    expect(await page.locator('[data-testid="assign-panel"]').count()).toBe(0);
    await expect.poll(activeTestId).toBe('add-place-query');
    await searchAndTakeFirst('Kharkiv', 'add-place-hits');
    await expect.poll(() => page.locator('[data-testid="add-place"]').count()).toBe(0);
    await expect.poll(activeTestId).toBe('queue-list');

    // r on a located place offers its candidates and the gazetteer.
    await goTo('Pavlov Hospital');
    await page.keyboard.press('r');
    await expect.poll(activeTestId).toBe('gazetteer-query');
    await searchAndTakeFirst('Poltava', 'gazetteer-hits');

    const after = await reviewed(id);
    expect(after.features.some((feature) => feature.id === unplaced)).toBe(false);
    const names = (feature: (typeof after.features)[number]) =>
      feature.properties.mentions.map((m) => m.text);
    const kharkiv = after.features.find((feature) => names(feature).includes('Brovarka Hospital'))!;
    expect(kharkiv.properties.name).toMatch(/Kharkiv/);
    expect(kharkiv.properties.mentions.find((m) => m.text === 'Brovarka Hospital')!.reassigned).toMatchObject(
      {
        from: unplaced
      }
    );
    const poltava = after.features.find((feature) => names(feature).includes('Pavlov Hospital'))!;
    expect(poltava.properties.name).toMatch(/Poltava/);
    expect(after.review!.edits.map((entry) => entry.edit.kind)).toEqual(['add', 'reassign']);
  });
});

describe('regions without a mouse at 390×844', () => {
  it('picks the six regions from the searchable list on a phone', async () => {
    const id = await storedArticle(`${seed}\n\n\n\n\n\n\n\n\n\n\n\n\n`);
    const { page, consoleErrors } = await reviewing(id, { width: 390, height: 844 });
    await page
      .locator('[data-testid="unnamed-struck"]', { hasText: '6 regions' })
      .locator('[data-testid="assign-units-legend"]')
      .click();
    const panel = page.locator('[data-testid="assign-panel"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    // The panel covers the phone's screen.
    const box = (await panel.boundingBox())!;
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 390, 844]);

    const units = ['UA-12', 'UA-18', 'UA-53', 'UA-59', 'UA-63', 'UA-74'];
    const search = panel.locator('[data-testid="unit-search"]');
    for (const code of units) {
      await search.fill(code.toLowerCase());
      const box = panel.locator(`[data-testid="unit-choice-${code}"]`);
      await expect.poll(() => box.isVisible()).toBe(true);
      await box.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await search.fill('zzz');
    await expect
      .poll(() => panel.locator('[data-testid="unit-choices"]').textContent())
      .toMatch(/No region matches/);
    await expect
      .poll(() => panel.locator('[data-testid="assign-count"]').textContent())
      .toBe('6 of 6 chosen');
    await page.screenshot({ path: 'test-results/assign-units-390x844.png' });
    await panel.locator('[data-testid="assign-source"]').fill('https://energy.example/phone');
    await panel.locator('[data-testid="assign-save"]').click();
    await expect.poll(() => panel.count()).toBe(0);
    const six = (await reviewed(id)).features.find((feature) => feature.id === 'unresolved:2067')!;
    expect(six.properties.ref).toEqual({ set: units, named_in_text: false, basis: 'analyst' });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
