import express from 'express';
import request from 'supertest';
import { sendLargeJson } from './largeJson';

const large = {
  items: Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `desk ${i}` })),
};

function appSending(value: unknown) {
  const app = express();
  app.get('/', (req, res) => sendLargeJson(req, res, value));
  return app;
}

describe('sendLargeJson', () => {
  it('gzips a large answer for a client that accepts gzip', async () => {
    const response = await request(appSending(large))
      .get('/')
      .set('Accept-Encoding', 'gzip, deflate, br');

    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    // The test client unzips what the header says is gzipped.
    expect(response.body).toEqual(large);
  });

  it('sends plain JSON to a client that does not accept gzip', async () => {
    const response = await request(appSending(large))
      .get('/')
      .set('Accept-Encoding', 'identity');

    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toEqual(large);
  });

  it('leaves a small answer uncompressed', async () => {
    const response = await request(appSending({ ok: true }))
      .get('/')
      .set('Accept-Encoding', 'gzip');

    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toEqual({ ok: true });
  });
});
