// Quick fixes applied in the editor: the text changes as the title says and the diagnostic it fixed goes away.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { codeOf, findingOn, newsdesk, openArticle, quickFixes, rangeOf, revert, waitForDiagnostics } from './util';

describe('quick fixes', () => {
  afterEach(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isDirty) await revert(editor);
  });

  it('“Tag … as person” wraps the name in a tag and the untagged-entity warning clears', async () => {
    const editor = await openArticle('article.md');
    const doc = editor.document;
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first diagnostics');
    const target = findingOn(doc, diagnostics, 'untagged-entity', 'Masoud Pezeshkian');
    assert.ok(target);
    const before = doc.getText();
    const actions = await quickFixes(doc.uri, target.range);
    const tag = actions.find((a) => a.title === 'Tag “Masoud Pezeshkian” as person');
    assert.ok(tag?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(tag.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(tag.edit));
    assert.equal(doc.getText(), before.replace('Iranian President Masoud Pezeshkian embarked', 'Iranian President :person[Masoud Pezeshkian] embarked'));
    const after = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'untagged-entity' && x.message.includes('Pezeshkian')), 'the Pezeshkian warning to clear');
    assert.ok(after.some((d) => codeOf(d) === 'untagged-entity'), 'other untagged entities are still reported');
  });

  it('each kind of finding in the planted article: its preferred quick fix applies and that finding clears', async () => {
    const editor = await openArticle('planted.md');
    const doc = editor.document;
    const initial = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first diagnostics');
    const kinds = [...new Set(initial.map(codeOf))];
    const fixed: string[] = [];
    for (const kind of kinds) {
      const current = newsdesk(doc.uri).filter((d) => codeOf(d) === kind);
      for (const d of current) {
        // The API's CodeAction may omit `diagnostics`; then every quick fix offered on the range is a candidate.
        const offered = await quickFixes(doc.uri, d.range);
        const actions = offered.filter((a) => !a.diagnostics || a.diagnostics.some((x) => x.message === d.message && x.range.isEqual(d.range)));
        const fix = actions.find((a) => a.isPreferred) ?? actions[0];
        if (!fix?.edit) continue;
        const key = (x: vscode.Diagnostic) => `${codeOf(x)}|${x.message}`;
        const count = newsdesk(doc.uri).filter((x) => key(x) === key(d)).length;
        assert.ok(await vscode.workspace.applyEdit(fix.edit), `${kind}: ${fix.title} applies`);
        await waitForDiagnostics(doc.uri, (all) => all.filter((x) => key(x) === key(d)).length < count, `${kind} “${d.message}” to clear after “${fix.title}”`);
        fixed.push(`${kind}: ${fix.title}`);
        break;
      }
    }
    console.log(`      fixed one finding of each kind with a quick fix:\n        ${fixed.join('\n        ')}`);
    assert.ok(fixed.some((f) => f.startsWith('untagged-entity: ')), fixed.join(', '));
    for (const kind of ['unsourced-figure', 'weekday-mismatch']) assert.ok(fixed.some((f) => f.startsWith(`${kind}: `)), `${kind} fixed in [${fixed.join(', ')}]`);
  });

  it('the source action “Tag all untagged entities” leaves no untagged entity', async () => {
    const editor = await openArticle('article.md');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'untagged-entity'), 'untagged entities');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await quickFixes(doc.uri, whole, 'source.newsdesk.tagAllEntities');
    const all = actions.find((a) => /^Tag all untagged entities \(\d+\)$/.test(a.title));
    assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.ok(doc.getText().includes(':person[Masoud Pezeshkian]'));
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'untagged-entity'), 'every untagged-entity warning to clear');
    assert.equal(rangeOf(doc, ':person[Masoud Pezeshkian]').start.line, 6);
  });
});
