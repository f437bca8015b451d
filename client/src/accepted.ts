// "Accept (don't report again)": the client records accepted findings in the workspace folder's
// `.newsprint/accepted.json` (the server reads it back), and "Newsprint: Manage Accepted Findings"
// lists them so any can be undone. Nothing is written in an untrusted workspace.
import * as vscode from 'vscode';

interface AcceptRequest {
  uri: string;
  rule: string;
  key: string;
  text: string;
}

interface Entry {
  file: string;
  rule: string;
  key: string;
  text: string;
  acceptedAt?: string;
}

const fileIn = (folder: vscode.WorkspaceFolder) => vscode.Uri.joinPath(folder.uri, '.newsprint', 'accepted.json');

async function read(folder: vscode.WorkspaceFolder): Promise<Entry[]> {
  try {
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileIn(folder))));
    return Array.isArray(data.accepted) ? data.accepted : [];
  } catch {
    return [];
  }
}

let notifyServer: () => void = () => {};

async function write(folder: vscode.WorkspaceFolder, entries: Entry[]): Promise<void> {
  const body = JSON.stringify({ version: 1, accepted: entries }, null, 2) + '\n';
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.newsprint'));
  await vscode.workspace.fs.writeFile(fileIn(folder), new TextEncoder().encode(body));
  // The file watcher tells the server too, but not before the next watcher batch: say it at once.
  notifyServer();
}

function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Newsprint: this workspace is not trusted, so accepted findings are not recorded.');
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
        void vscode.window.showInformationMessage('Newsprint: only findings in files of a workspace folder can be accepted.');
        return false;
      }
      const entries = await read(folder);
      const file = vscode.workspace.asRelativePath(uri, false);
      if (!entries.some((e) => e.file === file && e.key === req.key)) {
        entries.push({ file, rule: req.rule, key: req.key, text: req.text, acceptedAt: new Date().toISOString() });
        await write(folder, entries);
      }
      return true;
    }),
    vscode.commands.registerCommand('newsprint.unacceptFinding', async (file: string, key: string) => {
      if (!trusted()) return false;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const entries = await read(folder);
        const left = entries.filter((e) => !(e.file === file && e.key === key));
        if (left.length !== entries.length) {
          await write(folder, left);
          return true;
        }
      }
      return false;
    }),
    vscode.commands.registerCommand('newsprint.manageAccepted', async () => {
      const items: (vscode.QuickPickItem & { entry: Entry })[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const entry of await read(folder)) items.push({ label: `${entry.rule} ${entry.text}`, description: entry.file, detail: entry.acceptedAt, entry });
      }
      if (!items.length) {
        void vscode.window.showInformationMessage('Newsprint: no accepted findings in this workspace.');
        return;
      }
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: 'Select accepted findings to report again' });
      for (const p of picked ?? []) await vscode.commands.executeCommand('newsprint.unacceptFinding', p.entry.file, p.entry.key);
    }),
  );
}
