// The product's version, read from its package.json (the one place it is written) wherever this
// file was built to: server/dist/ in the extension, out/server/src/ in the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The extension's version, from its package.json (the one place it is written), wherever this file was built to. */
export function version(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newsprint-review' && pkg.version) return (cached = pkg.version);
    } catch {
      // not here: look further up
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
