// The rule catalogue users can find: one file per rule, each with a description that gives an example, and the
// generated rules page (docs/rules.md) every diagnostic links to, in sync with the rule files.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { RULES } from '../../server/src/core/rules';
import { invalidConfig } from '../../server/src/core/rules/invalid-config';
import { rulesPage } from '../../server/src/core/rules/page';
import { ruleDescription, toDiagnostics } from '../../server/src/lsp/convert';

const ROOT = path.resolve(__dirname, '..', '..');

describe('rule catalogue and rules page', () => {
  it('docs/rules.md is generated from the rule files (npm run docs:rules)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesPage());
  });

  it('every rule, the markup and config rules included, has a section and a description with an example', () => {
    const page = rulesPage();
    for (const r of [...RULES, invalidConfig]) {
      assert.ok(page.includes(`<a id="${r.id}"></a>\n## ${r.id}`), r.id);
      assert.match(r.description, /["“(]/, `${r.id}: the description gives an example`);
    }
    assert.deepEqual(RULES.slice(0, 3).map((r) => r.id), ['invalid-front-matter', 'malformed-tag', 'paragraph-markup-skipped']);
  });

  it('each diagnostic links to its rule on the page, offline', () => {
    const analysis = analyze('---\npublished: 2024-13-45\n---\n\nWednesday, Sept. 12, 2024: :person[Tony Blair met the press.\n');
    const diagnostics = toDiagnostics(analysis, 1);
    assert.ok(diagnostics.some((d) => d.code === 'invalid-front-matter'));
    assert.ok(diagnostics.some((d) => d.code === 'malformed-tag'));
    for (const d of diagnostics) {
      assert.match(d.codeDescription!.href, new RegExp(`^file://.*/docs/rules\\.md#${String(d.code)}$`));
    }
    assert.ok(fs.existsSync(new URL(ruleDescription('malformed-tag').codeDescription!.href).pathname));
  });
});
