import { hashPassword } from './auth/passwords';
import type { HubConfig } from './config';
import type { HubDb } from './db/connect';

/**
 * First start of a park's hub: creates the park and its administrator from HUB_PARK_NAME,
 * HUB_ADMIN_USERNAME and HUB_ADMIN_PASSWORD. Does nothing once a park exists, so the variables can stay set.
 */
export async function bootstrapPark(db: HubDb, bootstrap: HubConfig['bootstrap']): Promise<{ created: boolean }> {
  if (!bootstrap) return { created: false };
  const passwordHash = await hashPassword(bootstrap.adminPassword);
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('parks').select('id').limit(1).executeTakeFirst();
    if (existing) return { created: false };
    const park = await tx.insertInto('parks').values({ name: bootstrap.parkName }).returning('id').executeTakeFirstOrThrow();
    await tx
      .insertInto('accounts')
      .values({
        park_id: park.id,
        username: bootstrap.adminUsername,
        password_hash: passwordHash,
        role: 'park_admin',
        provider_id: null,
        company_id: null,
      })
      .execute();
    return { created: true };
  });
}
