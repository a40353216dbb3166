// Document symbols (the Outline view): entities grouped by type with their mentions, then figures and dates.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import type { EntityMention } from '../core/types';

const HEADINGS = [
  { type: 'person', name: 'People', kind: SymbolKind.Namespace },
  { type: 'org', name: 'Organisations', kind: SymbolKind.Namespace },
  { type: 'place', name: 'Places', kind: SymbolKind.Namespace },
  { type: 'other', name: 'Other entities', kind: SymbolKind.Namespace },
] as const;

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const r = (s: number, e: number) => analysis.lines.range(s, e);
  const out: DocumentSymbol[] = [];
  for (const heading of HEADINGS) {
    const groups = new Map<string, EntityMention[]>();
    for (const m of analysis.entities.filter((e) => e.type === heading.type)) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
    if (groups.size === 0) continue;
    const children: DocumentSymbol[] = [...groups.values()].map((list) => {
      const name = analysis.registry.byId.get(list[0].id ?? '')?.name ?? list.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
      const first = list[0];
      const last = list[list.length - 1];
      return {
        name, kind: SymbolKind.Object, detail: `${list.length} mention${list.length === 1 ? '' : 's'}, ${list.filter((m) => m.tagged).length} tagged`,
        range: r(first.start, last.end), selectionRange: r(first.start, first.end),
        children: list.map((m) => ({ name: m.text, kind: SymbolKind.Key, detail: m.tagged ? 'tagged' : 'untagged', range: r(m.start, m.end), selectionRange: r(m.start, m.end) })),
      };
    });
    out.push(section(heading.name, heading.kind, children));
  }
  const figures = analysis.figures.map((f) => ({ name: f.text, kind: SymbolKind.Number, detail: f.sourced ? 'sourced' : 'unsourced', range: r(f.start, f.end), selectionRange: r(f.start, f.end) }));
  if (figures.length) out.push(section('Figures', SymbolKind.Namespace, figures));
  const dates = analysis.dates.filter((d) => d.kind !== 'duration').map((d) => ({ name: d.text, kind: SymbolKind.Event, detail: d.value ?? 'unresolved', range: r(d.start, d.end), selectionRange: r(d.start, d.end) }));
  if (dates.length) out.push(section('Dates', SymbolKind.Namespace, dates));
  return out;
}

function section(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const range = { start: children[0].range.start, end: children.reduce((a, c) => (c.range.end.line > a.line || (c.range.end.line === a.line && c.range.end.character > a.character) ? c.range.end : a), children[0].range.end) };
  return { name, kind, range, selectionRange: children[0].selectionRange, children };
}
