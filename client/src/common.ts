// What the desktop and web clients share: one language client for articles, its status item and commands, and the
// Markdown preview's reading of tags (preview.ts). extension.ts starts the server in Node, web.ts in a web worker.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { State, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
import { newsdeskPreview } from './preview';

let client: BaseLanguageClient | undefined;

/** What the extension gives VS Code: the language client, and the Markdown preview's reading of tags. */
export interface NewsdeskApi {
  client: BaseLanguageClient;
  /** Called by VS Code's Markdown preview (`markdown.markdownItPlugins`): renders tags as names and citations. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * Starts Newsdesk for the articles `documentSelector` picks, with the client `makeClient` builds from the shared
 * options (it chooses how the server runs), and registers the commands and status item.
 */
export async function activateNewsdesk(
  context: vscode.ExtensionContext,
  documentSelector: DocumentSelector,
  makeClient: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<NewsdeskApi> {
  const output = vscode.window.createOutputChannel('Newsdesk');
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'newsdesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.newsdesk/*.yaml'),
    },
    outputChannel: output,
  };
  const languageClient = makeClient(clientOptions);
  client = languageClient;
  // Tells the server it may follow a citation fix with newsdesk.selectRange (LSP edits carry no snippets).
  languageClient.registerFeature({
    fillClientCapabilities: (caps) => { caps.experimental = { ...(caps.experimental as object), newsdeskSelectRange: true }; },
    initialize: () => undefined,
    getState: () => ({ kind: 'static' }),
    clear: () => undefined,
  });

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'newsdesk.showOutput';
  const showState = (state: State) => {
    status.text = state === State.Running ? '$(check) Newsdesk' : state === State.Starting ? '$(sync~spin) Newsdesk' : '$(error) Newsdesk';
    status.tooltip = state === State.Running ? 'Newsdesk is checking articles. Click for its log.' : 'Newsdesk is not running. Click for its log; run "Newsdesk: Restart Server" to retry.';
  };
  showState(State.Starting);
  status.show();

  context.subscriptions.push(
    output,
    status,
    languageClient.onDidChangeState((e) => showState(e.newState)),
    vscode.commands.registerCommand('newsdesk.restartServer', async () => {
      if (!client) return;
      await client.stop();
      await client.start();
      void vscode.window.setStatusBarMessage('Newsdesk server restarted', 3000);
    }),
    vscode.commands.registerCommand('newsdesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newsdesk.showUnsourcedFigures', showUnsourcedFigures),
    vscode.commands.registerCommand('newsdesk.selectRange', selectRange),
  );
  await languageClient.start();
  return { client: languageClient, extendMarkdownIt: newsdeskPreview };
}

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

/** Selects what a fix inserted as a placeholder ("Source name"), so typing replaces it. */
function selectRange(uri: string, r: LspRange): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri) return;
  editor.selection = new vscode.Selection(r.start.line, r.start.character, r.end.line, r.end.character);
  editor.revealRange(editor.selection);
}

interface UnsourcedFigure { text: string; rule: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/** Lists the article's unsourced figures to jump through; there is no "fix all": empty citations would fake sourcing. */
async function showUnsourcedFigures(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const figures = (await vscode.commands.executeCommand<UnsourcedFigure[]>('newsdesk.listUnsourcedFigures', editor.document.uri.toString())) ?? [];
  if (figures.length === 0) { void vscode.window.showInformationMessage('Newsdesk: every figure in this article is sourced.'); return; }
  const picked = await vscode.window.showQuickPick(
    figures.map((f) => ({ label: f.text, description: `line ${f.range.start.line + 1}${f.rule === 'vague-figure' ? ' · vague' : ''}`, detail: f.message, figure: f })),
    { title: `${figures.length} unsourced figure${figures.length === 1 ? '' : 's'}`, placeHolder: 'Go to a figure to source it' },
  );
  if (!picked) return;
  const r = picked.figure.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

/** Stops the language client (VS Code calls it on shutdown or when the extension is disabled). */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
