import type { LayoutServerLoad } from './$types';

/** Who is signed in (name and role), for the header and the review bar; null when accounts are off. */
export const load: LayoutServerLoad = ({ locals }) => ({
  user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
});
