import { mockServices } from '@backstage/backend-test-utils';
import {
  paramsRefused,
  parsedQuery,
  percentEncoded,
  queryString,
} from '../../__testUtils__/hostile/hostileRequests';
import {
  Fixture,
  routeName,
  RouteSpec,
  routeTable,
} from '../../__testUtils__/hostile/routeTable';
import { createRouter, RouterOptions } from '../router';

// The hostile-input test makes its requests from the route table; these
// tests keep the table true to the router.

const fixture: Fixture = {
  typeId: '3f0c6a52-5a4e-4f1e-9a36-0d8c1f2b7a10',
  requestId: '8d2b1e4c-7f3a-4b5d-9e6f-1a2b3c4d5e6f',
  entryId: '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b',
  overrideId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  scenarioId: '7c6b5a49-3827-4615-8f4e-3d2c1b0a9f8e',
  workshopId: '2b3c4d5e-6f70-4819-8a2b-3c4d5e6f7081',
  turnId: '9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d',
  actionId: '4d5e6f70-8192-4a3b-9c4d-5e6f70819a2b',
};

/** `METHOD /path` of every route the router registers. */
async function servedRoutes(): Promise<string[]> {
  const router = await createRouter({
    logger: mockServices.logger.mock(),
  } as unknown as RouterOptions);
  const layers = router.stack as unknown as {
    route?: { path: string; methods: Record<string, boolean> };
  }[];
  return layers.flatMap(layer =>
    layer.route
      ? Object.keys(layer.route.methods).map(method =>
          routeName({
            method: method as RouteSpec['method'],
            path: layer.route!.path,
          }),
        )
      : [],
  );
}

describe('the route table', () => {
  it('names every route the router serves, once, and no other', async () => {
    const named = routeTable.map(routeName);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual((await servedRoutes()).sort());
  });

  it.each(routeTable.map(route => [routeName(route), route] as const))(
    '%s: its example passes the route’s own checks',
    (_name, route) => {
      const example = route.example(fixture);
      expect(Object.keys(example.params).sort()).toEqual(
        [...route.path.matchAll(/:(\w+)/g)].map(m => m[1]).sort(),
      );
      const params = Object.fromEntries(
        Object.entries(example.params).map(([key, value]) => [
          key,
          percentEncoded(value),
        ]),
      );
      // Only the calendar feed refuses every key the setup did not make.
      expect(paramsRefused(route, params)).toBe(
        route.path === '/calendar/:feed',
      );
      const query = parsedQuery(queryString(example.query ?? {}));
      expect(route.query?.safeParse(query).error).toBeUndefined();
      expect(route.body?.safeParse(example.body).error).toBeUndefined();
      // Bodies naming what does not exist pass the schema: only the route
      // can tell that they name nothing.
      const unknown = {
        id: '00000000-0000-4000-8000-000000000000',
        userRef: 'user:default/nobody',
        teamRef: 'group:default/nobody',
      };
      const refusedBodies = (route.unknownReferences?.(fixture, unknown) ?? [])
        .map(body => route.body?.safeParse(body).error)
        .filter(Boolean);
      expect(refusedBodies).toEqual([]);
    },
  );
});
