import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, articleName, cliArticles, documentSymbols, openSeed, repoRoot, seedPath, waitFor } from './helpers';

const SEED_003 = '003_feb2debdf300b655.txt';
const seeds = fs
  .readdirSync(path.join(repoRoot(), 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

suite('outline', () => {
  suiteSetup(activateExtension);

  test(`${SEED_003} has its four articles`, async () => {
    const doc = await openSeed(SEED_003);
    const names = (await documentSymbols(doc.uri)).map((s) => s.name);
    assert.equal(names.length, 4, `article symbols: ${JSON.stringify(names)}`);
    for (const headline of ['永川发力药品“永川造”', '重庆：以干部敢为善为拼出发展新活力', '涪陵：汇聚治网合力助推“三高地三示范区”建设']) {
      assert.ok(names.includes(headline), `no symbol "${headline}" in ${JSON.stringify(names)}`);
    }
  });

  for (const seed of seeds) {
    test(`${seed}: one symbol per article, named as the CLI names them`, async () => {
      const doc = await openSeed(seed);
      const symbols = await documentSymbols(doc.uri);
      const expected = cliArticles(seedPath(seed)).map(articleName);
      assert.deepEqual(
        symbols.map((s) => s.name),
        expected,
      );
    });
  }
});

suite('workspace symbols', () => {
  suiteSetup(activateExtension);

  test('a headline printed on two pages is found in both files', async () => {
    const files = (found: vscode.SymbolInformation[] | undefined) => new Set((found ?? []).map((s) => path.basename(s.location.uri.fsPath)));
    const found = await waitFor(
      'workspace symbols for 永川发力药品 in two files',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '永川发力药品'),
      (result) => files(result).size >= 2,
    );
    const names = files(found);
    assert.ok(names.has('000_024af6bbebe0fcb3.txt') && names.has(SEED_003), `found in: ${[...names].join(', ')}`);
  });
});

suite('folding', () => {
  suiteSetup(activateExtension);

  test(`${SEED_003} folds at least once per article`, async () => {
    const doc = await openSeed(SEED_003);
    const articles = cliArticles(seedPath(SEED_003));
    const ranges = await waitFor(
      `folding ranges of ${SEED_003}`,
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri),
      (r) => Array.isArray(r) && r.length > 0,
    );
    assert.ok(ranges.length >= articles.length, `${ranges.length} folding ranges for ${articles.length} articles`);
    for (const r of ranges) assert.ok(r.start < r.end && r.end < doc.lineCount, `bad range ${r.start}-${r.end}`);
  });
});
