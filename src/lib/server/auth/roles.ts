import { z } from 'zod';

/**
 * The roles, each allowed everything the one before it is: a viewer reads; an analyst also
 * stores articles and edits them (reassign, resolve, notes, claim status, assigned units); an
 * admin also deletes and imports articles and manages the accounts.
 */
export const roles = ['viewer', 'analyst', 'admin'] as const;

export type Role = (typeof roles)[number];

export const roleSchema = z.enum(roles);

/** Whether someone with `role` may do what needs `needed`. */
export function roleAllows(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

/** The signed-in person a request acts for. */
export interface SignedInUser {
  id: number;
  name: string;
  role: Role;
}
