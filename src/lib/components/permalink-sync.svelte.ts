import { afterNavigate, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { DashboardState } from './dashboard-state.svelte';

/**
 * Keeps the address bar's query equal to the dashboard's permalink (call it while a component
 * initialises). SvelteKit's replaceState needs the router, which is ready only once the first
 * navigation has ended, so a hand-written address (layers in another order) is rewritten from then on.
 */
export function syncPermalink(dashboard: DashboardState): void {
  let routerReady = $state(false);
  afterNavigate(() => (routerReady = true));
  $effect(() => {
    if (!routerReady) return;
    // The address bar, not page.url: SvelteKit's page.url keeps the address the page was loaded
    // at through replaceState, so a state put back to that address would never be written.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once per run, never watched
    const params = dashboard.permalinkParams(new URLSearchParams(window.location.search));
    const search = params.size ? `?${params}` : '';
    // The query does not change what the path resolves to.
    if (search !== window.location.search) replaceState(`${resolve('/')}${search}` as ResolvedPathname, {});
  });
}
