// Grammar test: the injection grammar gives entity types, citations and ignore comments their own scopes, inside a host grammar as VS Code injects it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const GRAMMAR = path.join(root, 'syntaxes', 'newsdesk-tags.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'newsdesk.tags.injection') return parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR);
      // A stand-in host: plain text with no rules of its own, as VS Code's text.plain.
      if (scope === 'text.plain') return parseRawGrammar(JSON.stringify({ scopeName: 'text.plain', patterns: [] }), 'host.json');
      return null;
    },
    getInjections: (scope) => (scope === 'text.plain' ? ['newsdesk.tags.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.plain');
  assert.ok(grammar);
  return grammar;
}

/** Scopes of the token that starts at `needle` in `line`. */
function scopesAt(grammar: IGrammar, line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in line`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  return token?.scopes ?? [];
}

describe('syntax highlighting of tags', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadGrammar(); });

  it('gives each entity type a distinct scope on its label', () => {
    const line = 'Met :person[Masoud Pezeshkian]{id=pezeshkian} of :org[Hamas] in :place[Najaf] for :entity[Arbaeen]{type=event}.';
    assert.ok(scopesAt(grammar, line, 'Masoud').includes('entity.name.person.newsdesk'));
    assert.ok(scopesAt(grammar, line, 'Hamas').includes('entity.name.org.newsdesk'));
    assert.ok(scopesAt(grammar, line, 'Najaf').includes('entity.name.place.newsdesk'));
    assert.ok(scopesAt(grammar, line, 'Arbaeen').includes('entity.name.entity.newsdesk'));
    assert.ok(scopesAt(grammar, line, 'person').includes('keyword.other.tag.newsdesk.person'));
    assert.ok(scopesAt(grammar, line, 'pezeshkian}').includes('string.unquoted.attribute-value.newsdesk'));
  });

  it('scopes citation tags apart from entities', () => {
    const line = 'Trade reached $5 billion :cite[Iraqi customs]{url="https://example.org"} and :cite{src=imf}.';
    assert.ok(scopesAt(grammar, line, 'Iraqi customs').includes('string.other.citation.newsdesk'));
    assert.ok(scopesAt(grammar, line, ':cite{src').includes('meta.tag.newsdesk.citation'));
    assert.ok(scopesAt(grammar, line, 'imf').includes('string.unquoted.attribute-value.newsdesk'));
  });

  it('marks ignore comments and leaves ordinary text alone', () => {
    const line = '<!-- newsdesk-disable-next-line unsourced-figure --> plain words: 10:30 and 3:1';
    assert.ok(scopesAt(grammar, line, 'newsdesk-disable').includes('keyword.control.newsdesk.directive'));
    assert.deepEqual(scopesAt(grammar, line, 'plain'), ['text.plain']);
    assert.deepEqual(scopesAt(grammar, line, '10:30'), ['text.plain']);
  });
});
