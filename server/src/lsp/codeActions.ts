// Code actions: the fixes carried in each diagnostic's data, plus the source action that tags every untagged entity.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import type { TextEdit as CoreEdit } from '../core/types';
import { type DiagnosticData } from './convert';

export const TAG_ALL_KIND = `${CodeActionKind.Source}.newsdesk.tagAllEntities`;

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'newsdesk') continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      // A diagnostic from an older version would point at moved text: offer nothing until it is republished.
      if (!data || data.version !== doc.version) continue;
      for (const fix of data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [doc.uri]: toEdits(fix.edits, analysis) } },
        });
      }
    }
  }
  if (wants(TAG_ALL_KIND)) {
    const edits = analysis.findings
      .filter((f) => f.rule === 'untagged-entity')
      .flatMap((f) => f.fixes?.find((x) => x.preferred)?.edits ?? []);
    if (edits.length > 0) {
      actions.push({ title: `Tag all untagged entities (${edits.length / 2})`, kind: TAG_ALL_KIND, edit: { changes: { [doc.uri]: toEdits(edits, analysis) } } });
    }
  }
  return actions;
}

function toEdits(edits: CoreEdit[], analysis: Analysis) {
  return edits.map((e) => ({ range: analysis.lines.range(e.start, e.end), newText: e.newText }));
}

