// The “Newsdesk: Restart Server” command stops and starts the server: diagnostics are withdrawn, then published again, and hovers answer.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { findingOn, hoverText, newsdesk, openArticle, rangeOf, waitForDiagnostics } from './util';

describe('restart command', () => {
  it('newsdesk.restartServer withdraws and republishes the diagnostics; hover works afterwards', async () => {
    const doc = (await openArticle('article.md')).document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first diagnostics');
    const counts: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === doc.uri.toString())) counts.push(newsdesk(doc.uri).length); });
    let after: vscode.Diagnostic[];
    try {
      await vscode.commands.executeCommand('newsdesk.restartServer');
      const republished = () => counts.indexOf(0) >= 0 && counts.slice(counts.indexOf(0)).some((n) => n > 0);
      after = await waitForDiagnostics(doc.uri, (d) => republished() && d.length > 0, 'diagnostics withdrawn, then published by the restarted server');
    } finally {
      sub.dispose();
    }
    assert.ok(findingOn(doc, after, 'untagged-entity', 'Masoud Pezeshkian')?.range.isEqual(rangeOf(doc, 'Masoud Pezeshkian')), `after restart: ${counts.join(' → ')}`);
    const hover = await hoverText(doc.uri, rangeOf(doc, 'Masoud Pezeshkian').start);
    assert.match(hover.text, /^\*\*Masoud Pezeshkian\*\* — Person/);
  });
});
