// See https://svelte.dev/docs/kit/types#app.d.ts
import type { DatabaseUnavailable } from '$lib/server/db/database-unavailable';

declare global {
  namespace App {
    // interface Error {}
    interface Locals {
      /** Set when the request failed because the database is unavailable: `handle` answers 503. */
      databaseUnavailable?: DatabaseUnavailable;
    }
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
