// Opens code-server's workbench in headless Chromium with the extension under development loaded
// (and, for test runs, VS Code's own extension test runner pointed at our suite).
import { loadPlaywright } from './tools.mjs';

// Quiet on a closed network: no component updates, sync, or background fetches to time out on.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export async function launchBrowser(tools) {
  const { chromium } = await loadPlaywright(tools);
  // Our own signal handlers stop code-server and the browser in order; Playwright's would exit
  // the process first.
  return chromium.launch({
    executablePath: tools.chromium,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * The workbench URL whose payload makes VS Code load `extensionDevelopmentPath` (and run the
 * suite at `extensionTestsPath`). Paths are on the server, named by vscode-remote URIs whose
 * authority must be the host:port the browser uses.
 */
export function workbenchUrl({ origin, workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${encodePath(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const url = new URL(origin);
  url.searchParams.set('folder', workspace);
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/**
 * Opens a page that forwards VS Code's automation hooks. They must be exposed before
 * navigation: the workbench looks for them once, when it starts.
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {string} o.url from workbenchUrl()
 * @param {(level: string, message: unknown) => void} [o.onLog] workbench log lines, including
 *   the extension host's console output while an extension test runs
 * @param {(code: number) => void} [o.onExit] the extension test runner's exit code
 */
export async function openWorkbench({ browser, url, onLog = () => {}, onExit = () => {}, viewport = { width: 1400, height: 900 } }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.exposeFunction('codeAutomationLog', (level, message) => onLog(String(level), message));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return page;
}

/** The workbench is ready for keys once the explorer lists the folder. */
export async function workbenchReady(page) {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
}

/** Opens `name` with Quick Open and waits for its editor. */
export async function quickOpen(page, name) {
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 450 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Runs a command by its palette label (`Newsprint: Fix All in File`). */
export async function runCommand(page, label) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

function encodePath(p) {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}
