// "Accept (don't report again)": the client records accepted findings in the workspace folder's
// `.newsprint/accepted.json` (the server reads it back), and "Newsprint: Manage Accepted Findings"
// lists them so any can be undone. Nothing is written in an untrusted workspace.
//
// The file is the repository's, so it may be anything: a symlink to ~/.bashrc or /dev/zero, a FIFO,
// a damaged list. It is read through safeFile (one descriptor, capped, inside the folder) and
// written through it (a temporary file renamed into place, never through a symlink); a list that is
// not exactly what Newsprint writes is left alone, so no earlier acceptance is ever dropped.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readAcceptedList, type AcceptedEntry } from '../../server/src/engine/accepted';
import { readSafely, writeSafely, type Refusal } from '../../server/src/engine/io/safeFile';

interface AcceptRequest {
  uri: string;
  rule: string;
  key: string;
  text: string;
}

/** A list far larger than any editor's acceptances: refused rather than read. */
const MAX_BYTES = 4 * 1024 * 1024;
const RELATIVE = path.join('.newsprint', 'accepted.json');

const fileIn = (folder: vscode.WorkspaceFolder) => vscode.Uri.joinPath(folder.uri, '.newsprint', 'accepted.json');

/** Why a folder's list cannot be used. */
type Trouble = { kind: 'malformed'; problem: string } | { kind: 'refused'; reason: Refusal; code?: string } | { kind: 'not-on-disk' };

type Loaded = { ok: true; entries: AcceptedEntry[] } | { ok: false; trouble: Trouble };

/** What the command was doing when the list could not be used: recording a change, or listing. */
type Action = 'record' | 'list';

function load(folder: vscode.WorkspaceFolder): Loaded {
  if (folder.uri.scheme !== 'file') return { ok: false, trouble: { kind: 'not-on-disk' } };
  const root = folder.uri.fsPath;
  const read = readSafely(path.join(root, RELATIVE), { maxBytes: MAX_BYTES, root });
  if (!read.ok) {
    // Nothing there yet: an empty list, which the first Accept creates.
    if (read.reason === 'missing') return { ok: true, entries: [] };
    return { ok: false, trouble: { kind: 'refused', reason: read.reason, code: read.code } };
  }
  const list = readAcceptedList(read.bytes);
  return list.ok ? { ok: true, entries: list.entries } : { ok: false, trouble: { kind: 'malformed', problem: list.problem } };
}

let notifyServer: () => void = () => {};

/** Writes the list; on a refusal says why and returns false, with nothing written. */
function save(folder: vscode.WorkspaceFolder, entries: AcceptedEntry[]): boolean {
  if (folder.uri.scheme !== 'file') {
    report(folder, { kind: 'not-on-disk' }, 'record');
    return false;
  }
  const body = JSON.stringify({ version: 1, accepted: entries }, null, 2) + '\n';
  const written = writeSafely(folder.uri.fsPath, RELATIVE, body);
  if (!written.ok) {
    report(folder, { kind: 'refused', reason: written.reason, code: written.code }, 'record', true);
    return false;
  }
  // The file watcher tells the server too, but not before the next watcher batch: say it at once.
  notifyServer();
  return true;
}

/** Shows why the folder's list was not used; every message is one whole sentence for translators. */
function report(folder: vscode.WorkspaceFolder, trouble: Trouble, action: Action, writing = false): void {
  const uri = fileIn(folder);
  const name = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  const record = action === 'record';
  if (trouble.kind === 'malformed') {
    const open = vscode.l10n.t('Open File');
    const message = record
      ? vscode.l10n.t('Newsprint: {0} is not a valid list of accepted findings ({1}); it was left as it is and nothing was recorded.', name, trouble.problem)
      : vscode.l10n.t('Newsprint: {0} is not a valid list of accepted findings ({1}); it was left as it is and nothing from it is listed.', name, trouble.problem);
    // Not awaited: the command returns at once, whatever the user does with the message.
    void vscode.window.showErrorMessage(message, open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
    return;
  }
  if (trouble.kind === 'not-on-disk') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Newsprint: accepted findings are kept only in folders on disk, and {0} is not on disk.', name));
    return;
  }
  let message: string;
  switch (trouble.reason) {
    case 'symlink':
    case 'outside':
    case 'not-a-file':
      message = record
        ? vscode.l10n.t('Newsprint: {0} is a link or not a regular file; Newsprint does not write through it, so nothing was recorded.', name)
        : vscode.l10n.t('Newsprint: {0} is a link or not a regular file; Newsprint does not read through it, so nothing from it is listed.', name);
      break;
    case 'too-large':
      message = record
        ? vscode.l10n.t('Newsprint: {0} is larger than {1} MB; it was left as it is and nothing was recorded.', name, MAX_BYTES / (1024 * 1024))
        : vscode.l10n.t('Newsprint: {0} is larger than {1} MB; it was left as it is and nothing from it is listed.', name, MAX_BYTES / (1024 * 1024));
      break;
    default: {
      const code = trouble.code ?? vscode.l10n.t('no error code');
      if (writing) message = vscode.l10n.t('Newsprint: {0} could not be written ({1}); nothing was recorded.', name, code);
      else
        message = record
          ? vscode.l10n.t('Newsprint: {0} could not be read ({1}); it was left as it is and nothing was recorded.', name, code)
          : vscode.l10n.t('Newsprint: {0} could not be read ({1}), so nothing from it is listed.', name, code);
    }
  }
  void vscode.window.showErrorMessage(message);
}

function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(vscode.l10n.t('Newsprint: this workspace is not trusted, so accepted findings are not recorded.'));
  return false;
}

export function registerAccepted(context: vscode.ExtensionContext, onWrite: () => void): void {
  notifyServer = onWrite;
  context.subscriptions.push(
    vscode.commands.registerCommand('newsprint.acceptFinding', async (req: AcceptRequest) => {
      if (!trusted()) return false;
      const uri = vscode.Uri.parse(req.uri);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Newsprint: only findings in files of a workspace folder can be accepted.'));
        return false;
      }
      // Read and write are synchronous, with no await between them: two quick Accepts cannot
      // interleave and drop one another.
      const loaded = load(folder);
      if (!loaded.ok) {
        report(folder, loaded.trouble, 'record');
        return false;
      }
      const entries = loaded.entries;
      const file = vscode.workspace.asRelativePath(uri, false);
      if (!entries.some((e) => e.file === file && e.key === req.key)) {
        entries.push({ file, rule: req.rule, key: req.key, text: req.text, acceptedAt: new Date().toISOString() });
        if (!save(folder, entries)) return false;
      }
      return true;
    }),
    vscode.commands.registerCommand('newsprint.unacceptFinding', async (file: string, key: string) => {
      if (!trusted()) return false;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const loaded = load(folder);
        if (!loaded.ok) {
          // The finding may be in this list, but a list that cannot be read is not rewritten.
          report(folder, loaded.trouble, 'record');
          continue;
        }
        const left = loaded.entries.filter((e) => !(e.file === file && e.key === key));
        if (left.length !== loaded.entries.length) return save(folder, left);
      }
      return false;
    }),
    vscode.commands.registerCommand('newsprint.manageAccepted', async () => {
      const items: (vscode.QuickPickItem & { entry: AcceptedEntry })[] = [];
      let troubled = false;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const loaded = load(folder);
        if (!loaded.ok) {
          report(folder, loaded.trouble, 'list');
          troubled = true;
          continue;
        }
        for (const entry of loaded.entries) {
          // Only `file` and `key` are checked strings; the rest is shown as well as it can be.
          const label = [entry.rule, entry.text].filter((s) => typeof s === 'string').join(' ') || entry.key;
          items.push({ label, description: entry.file, detail: typeof entry.acceptedAt === 'string' ? entry.acceptedAt : undefined, entry });
        }
      }
      if (!items.length) {
        // A list that could not be read has been named already: "no accepted findings" would be wrong.
        if (!troubled) void vscode.window.showInformationMessage(vscode.l10n.t('Newsprint: no accepted findings in this workspace.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: vscode.l10n.t('Select accepted findings to report again') });
      for (const p of picked ?? []) await vscode.commands.executeCommand('newsprint.unacceptFinding', p.entry.file, p.entry.key);
    }),
  );
}
