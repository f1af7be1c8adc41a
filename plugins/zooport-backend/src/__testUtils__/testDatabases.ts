import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every store and router test runs on: SQLite always, and the
 * PostgreSQL server that `scripts/test.sh` starts. When that script names the
 * server (ZOOPORT_TEST_POSTGRES_ID), a missing PostgreSQL fails the run
 * instead of silently skipping it.
 */
export function createTestDatabases(): TestDatabases {
  const postgresId = (process.env.ZOOPORT_TEST_POSTGRES_ID ??
    'POSTGRES_17') as TestDatabaseId;
  const databases = TestDatabases.create({
    ids: [postgresId, 'SQLITE_3'],
  });
  if (process.env.ZOOPORT_TEST_POSTGRES_ID && !databases.supports(postgresId)) {
    throw new Error(`PostgreSQL test database ${postgresId} is not available`);
  }
  return databases;
}
