// Settings and .newsdesk/config.yaml take effect in the open editor without a reload.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { codeOf, findingOn, openArticle, waitForDiagnostics, workspaceUri } from './util';

const pezeshkian = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'untagged-entity' && /Pezeshkian/.test(x.message));

describe('settings without a reload', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = (await openArticle('article.md')).document;
    await waitForDiagnostics(doc.uri, (d) => pezeshkian(d).length === 1, 'one Pezeshkian warning under tag policy first');
  });

  it('newsdesk.tagPolicy “all” flags every untagged mention, and “first” flags one again', async () => {
    const config = vscode.workspace.getConfiguration('newsdesk', doc.uri);
    await config.update('tagPolicy', 'all', vscode.ConfigurationTarget.Workspace);
    try {
      const all = await waitForDiagnostics(doc.uri, (d) => pezeshkian(d).length === 5, 'five Pezeshkian warnings under tag policy all');
      assert.deepEqual(pezeshkian(all).map((d) => doc.getText(d.range)), ['Masoud Pezeshkian', 'Pezeshkian', 'Pezeshkian', 'Pezeshkian', 'Pezeshkian']);
    } finally {
      await config.update('tagPolicy', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, (d) => pezeshkian(d).length === 1, 'one Pezeshkian warning again');
  });

  it('editing .newsdesk/config.yaml (untagged-entity: error) changes the severity, restoring it changes it back', async () => {
    const file = workspaceUri('.newsdesk/config.yaml');
    const original = await vscode.workspace.fs.readFile(file);
    await vscode.workspace.fs.writeFile(file, Buffer.from(`${Buffer.from(original).toString('utf8')}severities:\n  untagged-entity: error\n`));
    try {
      const raised = await waitForDiagnostics(doc.uri, (d) => findingOn(doc, d, 'untagged-entity', 'Masoud Pezeshkian')?.severity === vscode.DiagnosticSeverity.Error, 'the warning to become an error');
      assert.ok(raised.filter((d) => codeOf(d) === 'untagged-entity').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
    await waitForDiagnostics(doc.uri, (d) => findingOn(doc, d, 'untagged-entity', 'Masoud Pezeshkian')?.severity === vscode.DiagnosticSeverity.Warning, 'the warning to come back');
  });
});
