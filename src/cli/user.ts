import { accountNameSchema, passwordSchema } from '$lib/server/auth/account-fields';
import { roleSchema } from '$lib/server/auth/roles';
import { addPasswordAccount, changeRole, listAccounts, removeAccount } from '$lib/server/auth/user-accounts';
import { openArticleStore } from '$lib/server/store/open-article-store';

const usage = `usage: npm run user -- add NAME --role viewer|analyst|admin   (password from WIREMAP_PASSWORD or stdin)
       npm run user -- list
       npm run user -- role NAME viewer|analyst|admin
       npm run user -- remove NAME`;

/** The password: WIREMAP_PASSWORD, else the first line of stdin (so it never shows in `ps`). */
async function readPassword(
  env: Record<string, string | undefined>,
  stdin: AsyncIterable<Buffer>
): Promise<string> {
  if (env.WIREMAP_PASSWORD) return env.WIREMAP_PASSWORD;
  let input = '';
  for await (const chunk of stdin) {
    input += chunk.toString('utf8');
    if (input.includes('\n')) break;
  }
  return input.split(/\r?\n/)[0] ?? '';
}

/** One problem for stderr: exit status 2. */
function refuse(reason: string): number {
  console.error(`user: ${reason}`);
  return 2;
}

/**
 * `user add|list|role|remove …`: manages the accounts in the database WIREMAP_DB names (the
 * server's). Prints one line per account or change; bad arguments exit 2 with the reason.
 */
export async function main(
  argv: readonly string[],
  stdin: AsyncIterable<Buffer> = process.stdin
): Promise<number> {
  const [command, name, ...rest] = argv;
  if (command === undefined || !['add', 'list', 'role', 'remove'].includes(command))
    return refuse(`\n${usage}`);
  const store = await openArticleStore();
  try {
    if (command === 'list') {
      for (const account of await listAccounts(store))
        console.log(`${account.name}\t${account.role}\t${account.signIn}`);
      return 0;
    }
    const checkedName = accountNameSchema.safeParse(name);
    if (!checkedName.success) return refuse(`${checkedName.error.issues[0]?.message}\n${usage}`);
    if (command === 'remove') {
      const removed = await removeAccount(store, checkedName.data);
      return removed.ok ? (console.log(`removed ${checkedName.data}`), 0) : refuse(removed.reason);
    }
    const role = roleSchema.safeParse(command === 'add' ? rest[rest.indexOf('--role') + 1] : rest[0]);
    if (!role.success || (command === 'add' && !rest.includes('--role')))
      return refuse(`give a role: viewer, analyst or admin\n${usage}`);
    if (command === 'role') {
      const changed = await changeRole(store, checkedName.data, role.data);
      return changed.ok
        ? (console.log(`${checkedName.data} is now ${role.data}`), 0)
        : refuse(changed.reason);
    }
    const password = passwordSchema.safeParse(await readPassword(process.env, stdin));
    if (!password.success) return refuse(password.error.issues[0]?.message ?? 'bad password');
    const added = await addPasswordAccount(store, {
      name: checkedName.data,
      role: role.data,
      password: password.data
    });
    return added.ok ? (console.log(`added ${checkedName.data} (${role.data})`), 0) : refuse(added.reason);
  } finally {
    store.client.close();
  }
}
