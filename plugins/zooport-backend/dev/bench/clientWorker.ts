// The benchmark's HTTP client. It runs in a worker thread so that reading
// and unzipping answers does not wait behind the backend's own work (the
// catalog keeps processing in the same process), as a browser would not.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

export type ClientTask = { token: string } & (
  | { kind: 'latencies'; path: string; runs: number }
  | { kind: 'throughput'; path: string; requests: number; concurrency: number }
  | { kind: 'posts'; path: string; bodies: unknown[]; concurrency: number }
);

export interface Latencies {
  /** Sorted, in milliseconds. */
  total: number[];
  /** The server's own times from its Server-Timing header, sorted. */
  server: number[];
}

const { base } = workerData as { base: string };

async function call(
  path: string,
  token: string,
  body?: unknown,
): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  await response.arrayBuffer();
  return response;
}

async function latencies(
  path: string,
  runs: number,
  token: string,
): Promise<Latencies> {
  const total: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    const response = await call(path, token);
    total.push(performance.now() - began);
    const timing = /dur=([\d.]+)/.exec(
      response.headers.get('server-timing') ?? '',
    );
    if (timing) server.push(Number(timing[1]));
  }
  const sort = (values: number[]) => values.sort((a, b) => a - b);
  return { total: sort(total), server: sort(server) };
}

/** Calls per second of `send(i)` for i < count, `concurrency` in flight. */
async function throughput(
  count: number,
  concurrency: number,
  send: (i: number) => Promise<unknown>,
) {
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await send(i);
      }
    }),
  );
  return count / ((performance.now() - began) / 1000);
}

function run(task: ClientTask) {
  switch (task.kind) {
    case 'latencies':
      return latencies(task.path, task.runs, task.token);
    case 'throughput':
      return throughput(task.requests, task.concurrency, () =>
        call(task.path, task.token),
      );
    default:
      return throughput(task.bodies.length, task.concurrency, i =>
        call(task.path, task.token, task.bodies[i]),
      );
  }
}

parentPort!.on('message', async (task: ClientTask) => {
  try {
    parentPort!.postMessage({ result: await run(task) });
  } catch (error) {
    parentPort!.postMessage({ error: String(error) });
  }
});
