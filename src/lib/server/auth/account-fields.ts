import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * An account name: 1 to 64 letters, digits and `. _ @ + -`, so an e-mail address fits and no
 * name can hide a control character, a space or markup in the audit trail.
 */
export const accountNameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}._@+-]{1,64}$/u, 'a name is 1 to 64 letters, digits and . _ @ + -');

/** A password: 10 to 1024 characters (long enough to resist guessing; short enough to hash fast). */
export const passwordSchema = z
  .string()
  .min(10, 'a password is at least 10 characters')
  .max(1024, 'a password is at most 1024 characters');

/** A new password account, as `POST /api/users` and the users page take it. */
export const newAccountSchema = z.strictObject({
  name: accountNameSchema,
  role: roleSchema,
  password: passwordSchema
});

/** A role change, as `PATCH /api/users/{name}` takes it. */
export const roleChangeSchema = z.strictObject({ role: roleSchema });
