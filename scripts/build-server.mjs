// Bundles the server and CLI into dist/counterpart.mjs. Packages stay external (PGlite loads its
// WebAssembly from its own folder), so the bundle runs from this checkout's node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/counterpart.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
