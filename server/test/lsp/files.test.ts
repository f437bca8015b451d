import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileSelection } from '../../src/lsp/files';
import { ROOT, SEEDS } from '../helpers';

test('the default glob matches seed files whether the repository or seeds/ itself is the folder', () => {
  const file = path.join(SEEDS, '003_feb2debdf300b655.txt');
  assert.ok(new FileSelection([ROOT]).matches(file));
  assert.ok(new FileSelection([SEEDS]).matches(file));
  assert.equal(new FileSelection([SEEDS]).list().length, 5);
});

test('other .txt files match only when newsprint.files widens the selection; files outside the folders never', () => {
  const sel = new FileSelection([ROOT]);
  const other = path.join(ROOT, 'docs', 'page.txt');
  assert.equal(sel.matches(other), false);
  sel.setGlobs(['docs/*.txt', 42, '']);
  assert.equal(sel.matches(other), true);
  assert.ok(sel.matches(path.join(SEEDS, '000_024af6bbebe0fcb3.txt')), 'the default stays on');
  assert.equal(sel.matches('/elsewhere/seeds/x.txt'), false);
});

test('a workspace folder inside a hidden directory still has its seed files matched', () => {
  const hidden = path.join(os.tmpdir(), '.newsprint-hidden', 'seeds');
  assert.ok(new FileSelection([hidden]).matches(path.join(hidden, 'page.txt')));
  assert.ok(new FileSelection([path.dirname(hidden)]).matches(path.join(hidden, 'page.txt')));
  // Below the folder, hidden directories stay out (`seeds/.newsprint/` holds the accepted-findings file).
  assert.equal(new FileSelection([path.dirname(hidden)]).matches(path.join(hidden, '.newsprint', 'page.txt')), false);
});
