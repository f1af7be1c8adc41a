import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Where the plugin's migrations are, and where knex records which ran. */
export const migrationsConfig: Knex.MigratorConfig = {
  directory: resolvePackagePath(
    '@zooport/plugin-zooport-backend',
    'migrations',
  ),
  tableName: 'zooport_knex_migrations',
  loadExtensions: ['.js'],
};

/** Brings the plugin's tables up to date; safe to call on every start. */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest(migrationsConfig);
}
