import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import seedText from '$lib/demo/seed.txt?raw';
import { articleStore } from '$lib/server/store/article-store';
import { deleteArticle } from '$lib/server/store/delete-article';
import { listArticles } from '$lib/server/store/list-articles';
import { storeSeedOnce } from '$lib/server/store/store-seed-once';
import { freshDatabase, temporaryStore } from './temporary-store';

const seedId = createHash('sha256').update(seedText).digest('hex');
const everything = { limit: 100, offset: 0 };

describe('the demo article', () => {
  it('is stored the first time a database is opened, and stays deleted once deleted', async () => {
    const path = await freshDatabase();
    const first = await temporaryStore(path);
    expect(await storeSeedOnce(first)).toBe(true);
    expect((await listArticles(first, everything)).articles.map((article) => article.id)).toEqual([seedId]);
    expect(await storeSeedOnce(first)).toBe(false);
    expect((await listArticles(first, everything)).total).toBe(1);

    expect(await deleteArticle(first, seedId)).toBe(true);
    const reopened = await temporaryStore(path);
    expect(await storeSeedOnce(reopened)).toBe(false);
    expect((await listArticles(reopened, everything)).total).toBe(0);
  });

  it('is in the process store, opened once from WIREMAP_DB', async () => {
    process.env.WIREMAP_DB = await freshDatabase();
    const [store, same] = await Promise.all([articleStore(), articleStore()]);
    expect(same).toBe(store);
    expect((await listArticles(store, everything)).articles.map((article) => article.id)).toEqual([seedId]);
  });
});
