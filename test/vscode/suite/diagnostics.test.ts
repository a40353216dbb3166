// On the sample article the editor shows Newsdesk's findings with rule ids as codes, exact ranges and the default severities.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { codeOf, findingOn, openArticle, rangeOf, waitForDiagnostics } from './util';

describe('diagnostics on the sample article', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];
  before(async () => {
    editor = await openArticle('article.md');
    diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'the first diagnostics');
  });

  it('untagged people are warnings on exactly their first mention', () => {
    const doc = editor.document;
    for (const name of ['Masoud Pezeshkian', 'Mohammed Shia al-Sudani']) {
      const d = findingOn(doc, diagnostics, 'untagged-entity', name);
      assert.ok(d, `${name} in ${diagnostics.map((x) => `${codeOf(x)}:${doc.getText(x.range)}`).join(', ')}`);
      assert.ok(d.range.isEqual(rangeOf(doc, name)), `${name} at ${JSON.stringify(d.range)}`);
      assert.match(d.message, new RegExp(`^Untagged person: “${name}”( \\(\\d+ more mentions? in this article\\))?$`));
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    }
  });

  it('unsourced figures are flagged on the figure itself', () => {
    const doc = editor.document;
    const flagged = diagnostics.filter((d) => codeOf(d) === 'unsourced-figure').map((d) => doc.getText(d.range));
    for (const figure of ['$5 billion', '2,500', '900', '30%']) assert.ok(flagged.some((t) => t.includes(figure)), `${figure} in [${flagged.join(' | ')}]`);
  });

  it('every finding comes from Newsdesk and covers text in the article', () => {
    assert.ok(diagnostics.every((d) => d.source === 'newsdesk' && !d.range.isEmpty));
  });
});
