// Helpers for the extension-host suites: open a workspace article, wait on diagnostics events with deadlines, read what the editor shows.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  await vscode.extensions.getExtension('newsdesk.newsdesk')!.activate();
  return editor;
}

/** Throws away edits so the next test starts from the file on disk. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export const newsdesk = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newsdesk');

/** Resolves with the article's Newsdesk diagnostics once `predicate` holds (now or after a later publish). */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = newsdesk(uri);
      if (!predicate(current)) return false;
      done();
      resolve(current);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; last: ${JSON.stringify(newsdesk(uri).map((d) => [d.code, d.message]))}`));
    }, ms);
    const done = () => { sub.dispose(); clearTimeout(timer); };
    check();
  });
}

/** The range covering the nth occurrence of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `“${needle}” (#${nth}) not in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** The diagnostic of `code` whose range covers exactly `text` as the editor shows it. */
export function findingOn(doc: vscode.TextDocument, diagnostics: vscode.Diagnostic[], code: string, text: string): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => codeOf(d) === code && doc.getText(d.range) === text);
}

export async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<{ text: string; range?: vscode.Range }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  const ours = hovers.filter((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).length > 0));
  return {
    text: ours.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n'),
    range: ours[0]?.range,
  };
}

export async function quickFixes(uri: vscode.Uri, range: vscode.Range, kind = vscode.CodeActionKind.QuickFix.value): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}
