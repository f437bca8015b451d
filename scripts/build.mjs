// Bundles the extension client, the language server and the CLI with esbuild.
// nodejs-jieba stays external: it is a native module and ships its own dictionaries.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/dist/server.js', external: ['nodejs-jieba'] }),
  // The worker thread that reviews the page half of a large document (no jieba in it).
  build({ ...common, entryPoints: ['server/src/pageWorker.ts'], outfile: 'server/dist/pageWorker.js' }),
  // The engine alone, for scripts that generate settings and docs from the rule registry.
  build({ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'server/dist/engine.js', external: ['nodejs-jieba'] }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/dist/cli.js',
    external: ['nodejs-jieba'],
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
if (!watch) console.log('built client/dist/extension.js, server/dist/server.js, server/dist/cli.js');
