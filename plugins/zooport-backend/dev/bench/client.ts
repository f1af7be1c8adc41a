import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClientTask, Latencies } from './clientWorker';
import { apiBase, TOKEN } from './server';

/** How many requests the throughput figures keep in flight. */
export const CONCURRENCY = 8;

/** The HTTP client in its worker thread; see clientWorker.ts. */
export function startClient() {
  const worker = new Worker(join(__dirname, 'clientWorker.ts'), {
    workerData: { base: apiBase() },
  });
  const run = <T>(task: ClientTask) =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', ({ result, error }) =>
        error ? reject(new Error(error)) : resolve(result),
      );
      worker.postMessage(task);
    });
  return {
    latencies: (path: string, runs: number, token = TOKEN) =>
      run<Latencies>({ kind: 'latencies', path, runs, token }),
    throughput: (path: string, requests: number, token = TOKEN) =>
      run<number>({
        kind: 'throughput',
        path,
        requests,
        concurrency: CONCURRENCY,
        token,
      }),
    /** POSTs each body once; answers the POSTs per second. */
    posts: (path: string, bodies: unknown[], token: string) =>
      run<number>({
        kind: 'posts',
        path,
        bodies,
        concurrency: CONCURRENCY,
        token,
      }),
    stop: () => worker.terminate(),
  };
}

export type Client = ReturnType<typeof startClient>;

/**
 * Requests per second of each path, measured in alternating rounds (A B B A
 * …) so that the catalog's background processing, which comes and goes,
 * weighs on every path alike.
 */
export async function compareThroughput<K extends string>(
  client: Client,
  paths: Record<K, string>,
): Promise<Record<K, number>> {
  const ROUNDS = 10;
  const PER_ROUND = 300;
  const keys = Object.keys(paths) as K[];
  const seconds = Object.fromEntries(keys.map(key => [key, 0])) as Record<
    K,
    number
  >;
  for (const key of keys) await client.throughput(paths[key], 200);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? keys : [...keys].reverse();
    for (const key of order) {
      const rate = await client.throughput(paths[key], PER_ROUND);
      seconds[key] += PER_ROUND / rate;
    }
  }
  return Object.fromEntries(
    keys.map(key => [key, (ROUNDS * PER_ROUND) / seconds[key]]),
  ) as Record<K, number>;
}
