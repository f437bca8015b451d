// "Rule reference": a rule's section of docs/rules.md (shipped with the extension, generated from
// the registry) rendered in a webview, opened at that rule. The hover's link runs this command;
// the Problems panel's link (the diagnostic's codeDescription) opens the file at the rule's line.
import * as vscode from 'vscode';

export const SHOW_RULE = 'newsprint.showRule';

interface RuleSection {
  id: string;
  /** `NP204 repeated-word` */
  title: string;
  markdown: string;
}

/** Each `## NP… name` section of the reference, by rule id. */
export function ruleSections(reference: string): Map<string, RuleSection> {
  const sections = new Map<string, RuleSection>();
  const parts = reference.split(/^(?=## )/mu).filter((p) => p.startsWith('## '));
  for (const part of parts) {
    const title = part.slice(3, part.indexOf('\n') < 0 ? undefined : part.indexOf('\n')).trim();
    const id = title.split(' ')[0];
    sections.set(id, { id, title, markdown: part });
  }
  return sections;
}

/** The hover's `[Rule reference](file:…/rules.md#L54)` as a link that runs SHOW_RULE for the rule at that heading. */
export function hoverWithRuleCommand(markdown: string, reference: string): string {
  const lines = reference.split('\n');
  return markdown.replace(/\]\((file:[^)\s]*rules\.md)#L(\d+)\)/gu, (whole, _file: string, line: string) => {
    const id = /^## (\S+) /u.exec(lines[Number(line) - 1] ?? '')?.[1];
    return id ? `](command:${SHOW_RULE}?${encodeURIComponent(JSON.stringify([id]))})` : whole;
  });
}

export function registerRuleReference(context: vscode.ExtensionContext): { reference: () => Promise<string> } {
  const file = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  let cached: string | undefined;
  const reference = async () => (cached ??= new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  let panel: vscode.WebviewPanel | undefined;

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE, async (id?: string) => {
      const sections = ruleSections(await reference());
      const chosen =
        id ??
        (
          await vscode.window.showQuickPick(
            [...sections.values()].map((s) => ({ label: s.title, id: s.id })),
            { placeHolder: 'Which rule?' },
          )
        )?.id;
      if (!chosen) return undefined;
      const section = sections.get(chosen);
      if (!section) {
        void vscode.window.showWarningMessage(`No rule ${chosen} in the rule reference.`);
        return undefined;
      }
      if (!panel) {
        // Scripts off: the page is rendered Markdown, nothing to run.
        panel = vscode.window.createWebviewPanel('newsprint.ruleReference', section.title, vscode.ViewColumn.Beside, { enableScripts: false });
        panel.onDidDispose(() => (panel = undefined));
      }
      panel.title = `Rule reference: ${section.title}`;
      panel.webview.html = page(await render(section.markdown), panel.webview.cspSource);
      panel.reveal(undefined, true);
      return section.title;
    }),
  );
  return { reference };
}

/** The section as HTML, by VS Code's own Markdown renderer; as preformatted text where there is none. */
async function render(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return html;
  } catch {
    // the built-in Markdown extension is disabled
  }
  return `<pre>${escapeHtml(markdown)}</pre>`;
}

function page(body: string, cspSource: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource};">
<style>body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);line-height:1.6;padding:0 1.2em}code{font-family:var(--vscode-editor-font-family)}</style>
</head><body>${body}</body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
