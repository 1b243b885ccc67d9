import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** What the HTTP endpoints report on. */
export interface HttpHost {
  registry: Registry;
  /** Refreshes gauges read at scrape time. */
  beforeScrape(): void;
  /** The process serves: the loop runs and storage is open. */
  healthy(): boolean;
  /** Every group hosted here knows its leader, so requests can be served or redirected. */
  ready(): { ready: boolean; detail: string };
}

/** Starts the /metrics, /health and /ready endpoints on host:port; resolves with the server once listening. */
export function startHttpServer(address: string, host: HttpHost): Promise<Server> {
  const separator = address.lastIndexOf(':');
  const hostname = address.slice(0, separator).replace(/^\[|\]$/g, '');
  const port = Number(address.slice(separator + 1));
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/metrics') {
      host.beforeScrape();
      void host.registry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': host.registry.contentType });
          response.end(text);
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    } else if (path === '/health') {
      const healthy = host.healthy();
      response.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' });
      response.end(healthy ? 'ok\n' : 'unhealthy\n');
    } else if (path === '/ready') {
      const { ready, detail } = host.ready();
      response.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' });
      response.end(`${detail}\n`);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found: try /metrics, /health or /ready\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
