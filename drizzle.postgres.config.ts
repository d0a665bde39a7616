import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL migrations (drizzle-postgres/), from postgres-schema.ts; `npm run db:generate` writes both. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/lib/server/db/postgres-schema.ts',
  out: './drizzle-postgres'
});
