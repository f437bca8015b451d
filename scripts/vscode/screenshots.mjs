// `npm run screenshots`: what a person sees with the extension loaded in VS Code. Opens seed 003,
// shows its Outline and then the Problems panel, and saves
//   artifacts/screenshots/outline.png, problems.png, review.png and articles.png
// `npm run screenshots -- --docs` also writes the README's pictures (docs/screenshots/outline.png,
// problems.png, and views.png: the side bar with the Articles and Review views), so they show
// the product as it is. Every step waits for the element it needs; a step that does not appear
// in time fails the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, ensureTools } from './tools.mjs';
import { startCodeServer } from './codeServer.mjs';
import { launchBrowser, openWorkbench, quickOpen, runCommand, workbenchReady, workbenchUrl } from './workbench.mjs';

const SEED = '003_feb2debdf300b655.txt';
const HEADLINE = '永川发力药品“永川造”'; // an article of SEED, so an outline row to wait for
const OUT_DIR = path.join(ROOT, 'artifacts', 'screenshots');
const STEP_MS = 60_000;

const started = Date.now();
const log = (line) => console.log(`[screenshots] ${line}`);
const tools = await ensureTools({ fonts: true }); // Chinese text needs a CJK font to be legible
const workspace = path.join(ROOT, 'seeds');
const server = await startCodeServer({ tools, workspace });
let browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await server.stop();
};
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

try {
  browser = await launchBrowser(tools);
  const url = workbenchUrl({ origin: server.origin, workspace, extensionDevelopmentPath: ROOT });
  const page = await openWorkbench({ browser, url, viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(STEP_MS);
  fs.mkdirSync(OUT_DIR, { recursive: true });

  await workbenchReady(page);
  log('workbench ready');

  await quickOpen(page, SEED);
  log(`opened ${SEED}`);

  // The Outline view, through the command palette (it has no default key binding).
  await runCommand(page, 'Explorer: Focus on Outline View');
  const outlineRow = page.locator('.outline-pane .monaco-list-row', { hasText: HEADLINE });
  await outlineRow.first().waitFor();
  // Collapse the files list so the outline has the side bar to itself.
  await collapseSection(page, '.explorer-folders-view');
  await outlineRow.first().waitFor();
  await page.screenshot({ path: path.join(OUT_DIR, 'outline.png') });
  log(`outline rows: ${await page.locator('.outline-pane .monaco-list-row').count()} -> artifacts/screenshots/outline.png`);

  // The Problems panel, with the findings the language server published for the open file.
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
  await page.locator('.markers-panel .monaco-list-row').first().waitFor();
  await page.screenshot({ path: path.join(OUT_DIR, 'problems.png') });
  log(`problem rows: ${await page.locator('.markers-panel .monaco-list-row').count()} -> artifacts/screenshots/problems.png`);
  await page.keyboard.press('Control+Shift+M');

  // The Review view: findings by rule with counts, one rule opened to its files.
  await runCommand(page, 'Newsprint: Review Workspace');
  const ruleRow = page.locator('.monaco-list-row', { hasText: 'NP101 column-wrap' }).first();
  await ruleRow.waitFor();
  await ruleRow.click();
  await page.keyboard.press('ArrowRight');
  await page.locator('.monaco-list-row', { hasText: '004_a8687385b6048fb3.txt' }).first().waitFor();
  await page.screenshot({ path: path.join(OUT_DIR, 'review.png') });
  log('review view -> artifacts/screenshots/review.png');

  // The Articles view: files → articles with bylines, line ranges, finding counts and duplicate links.
  await runCommand(page, 'Newsprint Review: Focus on Articles View');
  await page.locator('.monaco-list-row', { hasText: HEADLINE }).first().waitFor();
  await page.screenshot({ path: path.join(OUT_DIR, 'articles.png') });
  log('articles view -> artifacts/screenshots/articles.png');
  if (process.argv.includes('--docs')) {
    const docs = path.join(ROOT, 'docs', 'screenshots');
    for (const [from, to] of [
      ['outline.png', 'outline.png'],
      ['problems.png', 'problems.png'],
      ['review.png', 'views.png'],
    ]) {
      fs.copyFileSync(path.join(OUT_DIR, from), path.join(docs, to));
    }
    log('README pictures -> docs/screenshots/outline.png, problems.png, views.png');
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`[screenshots] failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

/** Collapses a side bar section (its header toggles it) if it is expanded. */
async function collapseSection(page, bodySelector) {
  const header = page
    .locator('.pane', { has: page.locator(bodySelector) })
    .locator('.pane-header')
    .first();
  if ((await header.getAttribute('aria-expanded')) === 'true') {
    await header.click();
    await page.locator(bodySelector).waitFor({ state: 'hidden' });
  }
}
