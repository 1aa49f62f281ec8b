import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { normalizeBase } from './paths';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:43121" */
  readonly origin: string;
  /** Normalised base path, e.g. "/" or "/sous-dossier/". */
  readonly base: string;
  /** Absolute URL of a path given relative to the base ("guides/" → origin + base + "guides/"). */
  url(relativePath?: string): string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory to serve (a built site). */
  root: string;
  /** Path under which the directory is served; defaults to "/". */
  base?: string;
}

/**
 * A minimal static host, close to what GitHub Pages or any file server does:
 * files under `base`, `index.html` for directories, a 301 to add the trailing slash
 * to a directory, and the site's `404.html` with status 404 for anything else.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = normalizeBase(options.base ?? '/');

  async function sendFile(
    res: ServerResponse,
    file: string,
    status: number,
    method: string,
  ): Promise<void> {
    const info = await stat(file);
    res.writeHead(status, {
      'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
    });
  }

  async function notFound(res: ServerResponse, method: string): Promise<void> {
    const page = path.join(root, '404.html');
    if (await isFile(page)) {
      await sendFile(res, page, 404, method);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 (no 404.html in the build)');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    if (`${pathname}/` === base) {
      redirect(res, base + url.search);
      return;
    }
    if (!pathname.startsWith(base)) {
      await notFound(res, method);
      return;
    }
    const file = path.resolve(root, `.${pathname.slice(base.length - 1)}`);
    if (file !== root && !file.startsWith(root + path.sep)) {
      await notFound(res, method);
      return;
    }
    if (await isDirectory(file)) {
      if (!pathname.endsWith('/')) {
        redirect(res, `${url.pathname}/${url.search}`);
        return;
      }
      const index = path.join(file, 'index.html');
      if (await isFile(index)) {
        await sendFile(res, index, 200, method);
        return;
      }
    } else if (await isFile(file)) {
      await sendFile(res, file, 200, method);
      return;
    }
    await notFound(res, method);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    base,
    url: (relativePath = '') => new URL(base + relativePath.replace(/^\/+/, ''), origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location });
  res.end();
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
