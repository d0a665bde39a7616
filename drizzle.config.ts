import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate` writes a migration to drizzle/ from the schema; the server applies them on open. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/lib/server/db/schema.ts',
  out: './drizzle'
});
