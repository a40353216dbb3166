// Hovers in the editor explain an entity, a figure and a date.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { hoverText, openArticle, rangeOf, waitForDiagnostics } from './util';

describe('hover', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = (await openArticle('article.md')).document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first diagnostics');
  });

  it('on an untagged name: who it is, that it is untagged, its mentions', async () => {
    const name = rangeOf(doc, 'Masoud Pezeshkian');
    const hover = await hoverText(doc.uri, name.start.translate(0, 3));
    assert.match(hover.text, /^\*\*Masoud Pezeshkian\*\* — Person\n\nNot tagged; recognised by the model as person \(confidence \d+%\)\.\n\n5 mentions in this article \(0 tagged\): Masoud Pezeshkian, Pezeshkian ×4$/);
    assert.ok(hover.range?.isEqual(name));
  });

  it('on a figure: its normalised value and the missing attribution', async () => {
    const hover = await hoverText(doc.uri, rangeOf(doc, '$5 billion').start.translate(0, 1));
    assert.match(hover.text, /^\*\*USD 5,000,000,000\*\* \(approximate\) · money\n\nNo attribution or citation found in this sentence/);
  });

  it('on a relative date: the resolved date and how', async () => {
    const at = rangeOf(doc, 'Wednesday');
    const hover = await hoverText(doc.uri, at.start.translate(0, 2));
    assert.match(hover.text, /^\*\*2024-09-11\*\* \(Wed 11 Sep 2024\)\n\nRelative to the publication date/);
    assert.ok(hover.range?.isEqual(at));
  });
});
