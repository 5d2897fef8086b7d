import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on loopback the way a static host would: gzip for text, long caching for
 * hashed assets. Extra pages (e.g. the bench's plain-HTML floor) can be served from memory.
 * Text is compressed once and kept, as a host serving precompressed files does: compressing on
 * every request would put the server's work on the same two cores as the page being measured.
 */
export function serveStatic(
  root: string,
  extraPages: Record<string, string> = {},
): Promise<RunningServer> {
  const compressed = new Map<string, Buffer>();
  const gzipOnce = (key: string, read: () => Buffer | string): Buffer => {
    let bytes = compressed.get(key);
    if (!bytes) compressed.set(key, (bytes = gzipSync(read())));
    return bytes;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const extra = extraPages[url.pathname];
    const gzip = /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
    if (extra !== undefined) {
      response.setHeader('Content-Type', TYPES['.html'] ?? 'text/html');
      if (gzip) response.setHeader('Content-Encoding', 'gzip');
      response.end(gzip ? gzipOnce(`extra:${url.pathname}`, () => extra) : extra);
      return;
    }
    const base = path.resolve(root);
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) file = path.join(base, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    response.setHeader(
      'Cache-Control',
      file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    );
    const compressible = /^(text|application\/(json|manifest)|image\/svg)/u.test(type);
    if (gzip && compressible) {
      response.setHeader('Content-Encoding', 'gzip');
      response.end(gzipOnce(file, () => readFileSync(file)));
    } else {
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
