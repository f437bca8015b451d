// Writes the per-rule settings into package.json from the rule registry, so that settings, their
// JSON schema and docs/rules.md never say different things. `npm run docs` runs it.
//   node scripts/gen-settings.mjs [--check]
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RULES } = require(path.join(root, 'server', 'dist', 'engine.js'));
const pkgPath = path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
const props = pkg.contributes.configuration.properties;

for (const key of Object.keys(props)) if (key.startsWith('newsprint.rules.') || key.startsWith('newsprint.ruleOptions.')) delete props[key];
for (const r of RULES) {
  props[`newsprint.rules.${r.name}`] = {
    type: 'string',
    enum: ['default', 'off', 'error', 'warning', 'info', 'hint'],
    enumDescriptions: [`As shipped: ${r.severity}`, 'Not reported', 'Error', 'Warning', 'Information', 'Hint (shown in the text, not in the Problems panel)'],
    default: 'default',
    markdownDescription: `**${r.id}** (${r.family}) ${r.description}${r.standard ? ` *${r.standard}*` : ''}`,
  };
  for (const o of r.options ?? []) {
    props[`newsprint.ruleOptions.${r.name}.${o.key}`] = { type: 'boolean', default: o.default, markdownDescription: `**${r.id}** ${o.description}` };
  }
}
const out = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (fs.readFileSync(pkgPath, 'utf8') !== out) {
    console.error('package.json rule settings are out of date: run npm run docs');
    process.exit(1);
  }
} else {
  fs.writeFileSync(pkgPath, out);
}
