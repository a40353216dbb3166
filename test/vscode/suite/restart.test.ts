// The “Newsdesk: Restart Server” command stops and starts the server: diagnostics are withdrawn, then published again, and hovers answer.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { hoverText, newsdesk, openArticle, rangeOf, waitForDiagnostics } from './util';

describe('restart command', () => {
  it('newsdesk.restartServer withdraws and republishes the diagnostics; hover works afterwards', async () => {
    const doc = (await openArticle('article.md')).document;
    const before = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first diagnostics');
    const counts: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === doc.uri.toString())) counts.push(newsdesk(doc.uri).length); });
    try {
      await vscode.commands.executeCommand('newsdesk.restartServer');
      await waitForDiagnostics(doc.uri, (d) => counts.includes(0) && d.length === before.length, 'diagnostics from the restarted server');
    } finally {
      sub.dispose();
    }
    assert.equal(counts.indexOf(0) < counts.lastIndexOf(before.length), true, `withdrawn then republished: ${counts.join(' → ')}`);
    const hover = await hoverText(doc.uri, rangeOf(doc, 'Masoud Pezeshkian').start);
    assert.match(hover.text, /^\*\*Masoud Pezeshkian\*\* — Person/);
  });
});
