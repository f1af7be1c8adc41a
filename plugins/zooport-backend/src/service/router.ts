import { LoggerService } from '@backstage/backend-plugin-api';
import { ZooportHealth } from '@zooport/plugin-zooport-common';
import express from 'express';
import Router from 'express-promise-router';
import { version } from '../../package.json';

export interface RouterOptions {
  logger: LoggerService;
}

export async function createRouter(
  _options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', (_req, res) => {
    const health: ZooportHealth = { status: 'ok', version };
    res.json(health);
  });

  return router;
}
