import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Only active where auth.providers.oauth2Proxy is configured: it trusts the
// forwarded user header, so the portal must be reachable through the proxy only.
backend.add(
  import('@backstage/plugin-auth-backend-module-oauth2-proxy-provider'),
);

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
// Zooport's rules for Zooport, allow for everything else.
backend.add(import('@zooport/plugin-zooport-backend/policy'));

// Lunr in memory on SQLite; the pg module takes over on PostgreSQL.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@zooport/plugin-search-backend-module-zooport'));

backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));

backend.add(import('@zooport/plugin-zooport-backend'));

// Offers the actions of backend.actions.pluginSources to AI assistants over
// MCP, at /api/mcp-actions/v1.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
