import { onDutyAt } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { Client, compareThroughput } from './client';
import { Report } from './report';
import { DESKS, rotation } from './server';
import { latencyFigures, percentile } from './stats';

export const CATALOG_PATH = '/catalog/entities/by-name/group/default/team-7';
const DESK_PATH = '/zooport/desks/default/team-7/on-duty';
/** The floor: the plugin's bare health route on the same backend. */
const FLOOR_PATH = '/zooport/health';

export function benchOnDutyMaths(report: Report) {
  const spec = rotation(0);
  const start = DateTime.fromISO('2026-01-01T00:00:00Z');
  const runs = 200_000;
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    onDutyAt(spec, [], start.plus({ minutes: i * 37 }));
  }
  const perSecond = runs / ((performance.now() - began) / 1000);
  report.set('onDutyMathsPerSecond', perSecond);
  report.line(
    `on-duty computations (pure, one rotation): ${Math.round(
      perSecond,
    )} per second`,
  );
}

/** The zoo view, and the on-duty lookup next to the catalog and the floor. */
export async function benchZoo(report: Report, client: Client) {
  await client.latencies('/zooport/on-duty', 5);
  const zoo = await client.latencies('/zooport/on-duty', 30);
  report.set('zooE2eP50Ms', percentile(zoo.total, 50));
  report.set('zooHandlerP50Ms', percentile(zoo.server, 50));
  report.line(
    `GET /on-duty with ${DESKS} desks: end to end ${latencyFigures(
      zoo.total,
    )}; in the handler ${latencyFigures(zoo.server)}`,
  );

  const { desk, catalog, floor } = await compareThroughput(client, {
    desk: DESK_PATH,
    catalog: CATALOG_PATH,
    floor: FLOOR_PATH,
  });
  report.set('onDutyPerSecond', desk);
  report.set('catalogPerSecond', catalog);
  report.set('floorPerSecond', floor);
  report.set('onDutyVsCatalog', desk / catalog);
  report.set('onDutyVsFloor', desk / floor);
  report.set('catalogVsFloor', catalog / floor);
  const rate = (value: number) => `${Math.round(value)} requests/s`;
  report.line(`GET ${FLOOR_PATH} (the floor): ${rate(floor)}`);
  report.line(
    `GET ${DESK_PATH}: ${rate(desk)} (${(desk / floor).toFixed(
      2,
    )} of the floor)`,
  );
  report.line(
    `GET /api${CATALOG_PATH}: ${rate(catalog)} (${(catalog / floor).toFixed(
      2,
    )} of the floor)`,
  );
  report.line(
    `on-duty / catalog throughput ratio: ${(desk / catalog).toFixed(2)}`,
  );
}
