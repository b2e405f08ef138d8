import { ConfigError } from '@assay/core';
import { Http, startApi, startWorker, testConfig } from '@assay/testing';
import { createApiApp } from '../apps/api/src/bootstrap';
import { ApiMetricsListener } from '../apps/api/src/metrics-listener';
import { WorkerRuntime } from '../apps/worker/src/worker-http.server';

// The e2e project's testTimeout does not apply (Jest reads it only at the top level): set it here.
jest.setTimeout(60_000);

const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789';

const scrape = (port: number, token?: string) =>
  fetch(`http://127.0.0.1:${port}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe('operations: /metrics can be closed, production needs its settings', () => {
  it('requires the metrics token on the API when METRICS_TOKEN is set', async () => {
    const app = await startApi({ METRICS_TOKEN });
    try {
      const http = new Http(app);
      const none = await http.get('/metrics');
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toBe('Bearer');
      expect(none.text).not.toContain('http_request_duration_seconds');
      expect((await http.get('/metrics', { token: 'wrong-token-of-sufficient-length' })).status).toBe(401);
      const ok = await http.get('/metrics', { token: METRICS_TOKEN });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('http_request_duration_seconds');
    } finally {
      await app.close();
    }
  });

  it('moves the API metrics to METRICS_PORT', async () => {
    const app = await startApi({ METRICS_TOKEN, METRICS_PORT: '0' });
    try {
      expect((await new Http(app).get('/metrics', { token: METRICS_TOKEN })).status).toBe(404);
      const port = app.get(ApiMetricsListener).port!;
      expect(port).toBeGreaterThan(0);
      expect((await scrape(port)).status).toBe(401);
      const ok = await scrape(port, METRICS_TOKEN);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('process_cpu_user_seconds_total');
    } finally {
      await app.close();
    }
  });

  it('closes the worker metrics the same way', async () => {
    const worker = await startWorker({ METRICS_TOKEN, METRICS_PORT: '0' });
    try {
      const { health, metrics } = worker.get(WorkerRuntime).ports;
      expect((await fetch(`http://127.0.0.1:${health}/health/live`)).status).toBe(200);
      expect((await scrape(health!, METRICS_TOKEN)).status).toBe(404);
      expect((await scrape(metrics!)).status).toBe(401);
      expect((await scrape(metrics!, METRICS_TOKEN)).status).toBe(200);
    } finally {
      await worker.close();
    }
    const tokenOnly = await startWorker({ METRICS_TOKEN });
    try {
      const { health } = tokenOnly.get(WorkerRuntime).ports;
      expect((await scrape(health!)).status).toBe(401);
      expect((await scrape(health!, METRICS_TOKEN)).status).toBe(200);
    } finally {
      await tokenOnly.close();
    }
  });

  it('refuses to start the API in production without APP_URL', async () => {
    const config = testConfig({ NODE_ENV: 'production', APP_URL: '', JWT_SECRET: 'p'.repeat(40) });
    await expect(createApiApp(config)).rejects.toThrow(ConfigError);
    await expect(createApiApp(config)).rejects.toThrow(/APP_URL/);
  });

  it('has no default JWT secret when NODE_ENV is unset', () => {
    expect(() => testConfig({ NODE_ENV: '', JWT_SECRET: '' })).toThrow(/JWT_SECRET/);
  });
});
