import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDirectory = resolvePackagePath(
  '@zooport/plugin-zooport-backend',
  'migrations',
);

/** Brings the plugin's tables up to date; safe to call on every start. */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDirectory,
    tableName: 'zooport_knex_migrations',
    loadExtensions: ['.js'],
  });
}
