// The PostgreSQL databases the tests make: one per store or server, with a random name that
// carries the test run's name, so parallel runs never share one and a run drops what it left.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The prefix of every database the tests make. */
export const TEST_DATABASE_PREFIX = 'wiremap_test_';

/** A name for a test run: letters and digits, unique enough among runs on one server. */
export const testRunName = () => `${process.pid}x${Date.now().toString(36)}`;

/**
 * `url` with its database replaced by `name`.
 * @param {string} url
 * @param {string} name
 */
export function databaseUrl(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.href;
}

/**
 * @template T
 * @param {string} adminUrl
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function onServer(adminUrl, work) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The prefix of the databases the benchmarks make (scripts/bench-postgres.mjs). */
export const BENCH_DATABASE_PREFIX = 'wiremap_bench_';

/**
 * Creates an empty database on the server of `adminUrl`, named after the test run `run` (with
 * `prefix`, the tests' by default), and returns its URL.
 * @param {string} adminUrl
 * @param {string} run
 * @returns {Promise<string>}
 */
export async function createTestDatabase(adminUrl, run, prefix = TEST_DATABASE_PREFIX) {
  const name = `${prefix}${run}_${randomBytes(6).toString('hex')}`;
  // The name is made here of letters and digits: nothing to quote.
  await onServer(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return databaseUrl(adminUrl, name);
}

/**
 * Drops a database createTestDatabase made, ending the connections still open on it.
 * @param {string} adminUrl
 * @param {string} url
 */
export async function dropTestDatabase(adminUrl, url) {
  const name = new URL(url).pathname.slice(1);
  if (!/^wiremap_(test|bench)_[a-z0-9_]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await onServer(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/**
 * Drops every database of the test run `run` still on the server (those of a test that crashed).
 * @param {string} adminUrl
 * @param {string} run
 */
export async function dropTestDatabasesOf(adminUrl, run) {
  const result = await onServer(adminUrl, (client) =>
    client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
      `${TEST_DATABASE_PREFIX}${run}_`
    ])
  );
  for (const row of result.rows) await dropTestDatabase(adminUrl, databaseUrl(adminUrl, row.datname));
}
