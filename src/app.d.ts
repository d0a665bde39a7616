// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SignedInUser } from '$lib/server/auth/roles';
import type { AnalysisRefused } from '$lib/server/analysis-pool/analysis-refused';
import type { DatabaseUnavailable } from '$lib/server/db/database-unavailable';

declare global {
  namespace App {
    // interface Error {}
    interface Locals {
      /** Set when the request failed because the database is unavailable, or an analysis was refused: `handle` answers 503. */
      databaseUnavailable?: DatabaseUnavailable | AnalysisRefused;
      /** Who the session cookie signs in, when WIREMAP_AUTH is on (`src/lib/server/auth`). */
      user?: SignedInUser;
    }
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
