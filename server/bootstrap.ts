import type { UserStore } from './store/users';

/**
 * On first start (no users at all) ORDERFLOW_ADMIN_PASSWORD creates `admin`. Later starts leave the
 * users alone, so changing the variable never resets a password someone has changed since.
 */
export async function createFirstAdmin(
  users: UserStore,
  password: string | undefined,
): Promise<'created' | 'kept' | 'none'> {
  if ((await users.count()) > 0) return 'kept';
  if (!password) return 'none';
  if (password.length < 8) throw new Error('ORDERFLOW_ADMIN_PASSWORD must have at least 8 characters.');
  await users.add('admin', password, 'admin');
  return 'created';
}
