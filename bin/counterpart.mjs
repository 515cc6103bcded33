#!/usr/bin/env node
// The `counterpart` command: the production bundle when it has been built (npm run build),
// otherwise the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/counterpart.mjs', import.meta.url));
process.env.COUNTERPART_CLI = '1';
if (existsSync(bundle)) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
