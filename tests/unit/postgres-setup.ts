import type { TestProject } from 'vitest/node';
import { findPostgres } from '../../scripts/find-postgres.mjs';
import { dropTestDatabasesOf, testRunName } from '../../scripts/test-databases.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database whose user may create databases (scripts/find-postgres.mjs). */
    postgresUrl: string;
    /** This run's name, in the names of the databases its tests make. */
    postgresRun: string;
  }
}

/**
 * vitest global setup of the `postgres` project: finds or starts a PostgreSQL server (a throwaway
 * cluster is stopped and removed at the end) and gives its URL to the tests, which each make and
 * drop databases of their own.
 */
export default async function setup(project: TestProject) {
  const server = await findPostgres();
  const run = testRunName();
  project.provide('postgresUrl', server.url);
  project.provide('postgresRun', run);
  return async () => {
    // Test files drop their databases; these are the ones of a file that crashed.
    await dropTestDatabasesOf(server.url, run);
    server.stop();
  };
}
