// Turns core findings and fixes (UTF-16 offsets) into LSP diagnostics and edits; the only place offsets become ranges.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { dataIsBundled, dataPath } from '../core/dataFiles';
import type { Analysis } from '../core/analyze';
import type { LineIndex } from '../core/lines';
import type { Finding, Fix, Severity, TextEdit as CoreEdit } from '../core/types';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What travels in `diagnostic.data`: the fixes, valid for one document version. A fix with more than
 * MAX_DATA_EDITS edits ("Tag all 2,000 mentions of …", the same list on each of those mentions' diagnostics)
 * travels without its edits, marked `deferred`; the code action takes them from the analysis of that version.
 */
export interface DiagnosticData {
  version: number;
  fixes: (Fix & { deferred?: true })[];
}

const MAX_DATA_EDITS = 64;

/**
 * Where a rule is explained, as a diagnostic's codeDescription: docs/rules.md in the installed extension (or the
 * repository), at the rule's heading, as a file URI, so that it opens offline. The page is generated from the rule
 * files (`npm run docs:rules`). None in the web worker, which has no docs folder to point at.
 */
export function ruleDescription(rule: string): { codeDescription?: { href: string } } {
  if (dataIsBundled()) return {};
  return { codeDescription: { href: `${pathToFileURL(path.join(path.dirname(path.dirname(dataPath('README.md'))), 'docs', 'rules.md')).toString()}#${rule}` } };
}

function toDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const fixes = (finding.fixes ?? []).map((f) => (f.edits.length > MAX_DATA_EDITS ? { ...f, edits: [], snippetEdits: undefined, deferred: true as const } : f));
  const data: DiagnosticData = { version, fixes };
  return {
    range: lines.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...ruleDescription(finding.rule),
    source: 'newsdesk',
    message: finding.message,
    data,
  };
}

export function toDiagnostics(analysis: Analysis, version: number): Diagnostic[] {
  return analysis.findings.map((f) => toDiagnostic(f, analysis.lines, version));
}

export function toLspEdits(edits: CoreEdit[], lines: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}
