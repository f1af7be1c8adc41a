// The benchmark's HTTP client. It runs in a worker thread so that reading
// and unzipping answers does not wait behind the backend's own work (the
// catalog keeps processing in the same process), as a browser would not.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

export type ClientTask =
  | { kind: 'latencies'; path: string; runs: number }
  | { kind: 'throughput'; path: string; requests: number; concurrency: number };

export interface Latencies {
  /** Sorted, in milliseconds. */
  total: number[];
  /** The server's own times from its Server-Timing header, sorted. */
  server: number[];
}

const { base, token } = workerData as { base: string; token: string };

async function get(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  await response.arrayBuffer();
  return response;
}

async function latencies(path: string, runs: number): Promise<Latencies> {
  const total: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    const response = await get(path);
    total.push(performance.now() - began);
    const timing = /dur=([\d.]+)/.exec(
      response.headers.get('server-timing') ?? '',
    );
    if (timing) server.push(Number(timing[1]));
  }
  const sort = (values: number[]) => values.sort((a, b) => a - b);
  return { total: sort(total), server: sort(server) };
}

/** Requests per second with `concurrency` requests in flight. */
async function throughput(path: string, requests: number, concurrency: number) {
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        await get(path);
      }
    }),
  );
  return requests / ((performance.now() - began) / 1000);
}

parentPort!.on('message', async (task: ClientTask) => {
  try {
    const result =
      task.kind === 'latencies'
        ? await latencies(task.path, task.runs)
        : await throughput(task.path, task.requests, task.concurrency);
    parentPort!.postMessage({ result });
  } catch (error) {
    parentPort!.postMessage({ error: String(error) });
  }
});
