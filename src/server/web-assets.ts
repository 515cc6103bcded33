import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built single-page app (dist/web at the package root), or undefined when it was not built. */
export function webAssetsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

export const WEB_NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Counterpart</title></head>
<body><h1>Counterpart</h1><p>The API is running, but the web app has not been built. Run <code>npm run build</code>, then restart.</p>
<p>API documentation: <a href="/api/docs">/api/docs</a></p></body></html>`;
