// Code actions: the fixes carried in each diagnostic's data, plus the source action that tags every untagged entity.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { LineIndex } from '../core/lines';
import type { TextEdit as CoreEdit } from '../core/types';
import { toLspEdits, type DiagnosticData } from './convert';
import { ADD_TO_REGISTRY, IGNORE_NAME, type AddToRegistryArgs, type IgnoreNameArgs } from './commands';

export const TAG_ALL_KIND = `${CodeActionKind.Source}.newsdesk.tagAllEntities`;

/** Set when the client (our VS Code extension) can select a range after an edit: the placeholder to type over. */
const SELECT_RANGE_COMMAND = 'newsdesk.selectRange';

/**
 * The code actions for `params` on `doc` (its current `analysis`): each diagnostic's fixes, the registry and ignore
 * actions for an untagged entity when `canEditWorkspace` (a folder to write `.newsdesk/` files to), and "Tag all".
 * `canSelectRange`: the client follows an inserted placeholder with newsdesk.selectRange.
 */
export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams, canSelectRange = false, canEditWorkspace = true): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as DiagnosticData | undefined;
      // A diagnostic from an older version would point at moved text: offer nothing until it is republished.
      if (data && (diagnostic.source !== 'newsdesk' || data.version !== doc.version)) continue;
      // Some clients (Vim's ALE) send back only code and range: find the finding in the current analysis instead.
      const fixes = data?.fixes ?? findingAt(analysis, diagnostic)?.fixes ?? [];
      for (const sent of fixes) {
        const fix = 'deferred' in sent ? findingAt(analysis, diagnostic)?.fixes?.find((f) => f.title === sent.title) : sent;
        if (!fix) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [doc.uri]: toLspEdits(fix.edits, analysis.lines) } },
          command: canSelectRange && fix.snippetEdits ? selectPlaceholder(doc, fix.edits) : undefined,
        });
      }
      if (diagnostic.code === 'untagged-entity' && canEditWorkspace) actions.push(...workspaceActions(doc, analysis, diagnostic.range.start));
    }
  }
  if (wants(TAG_ALL_KIND)) {
    const fixes = analysis.findings
      .filter((f) => f.rule === 'untagged-entity')
      .map((f) => f.fixes?.find((x) => x.preferred)?.edits ?? [])
      .filter((edits) => edits.length > 0);
    if (fixes.length > 0) {
      actions.push({ title: `Tag all untagged entities (${fixes.length})`, kind: TAG_ALL_KIND, edit: { changes: { [doc.uri]: toLspEdits(fixes.flat(), analysis.lines) } } });
    }
  }
  return actions;
}

/**
 * LSP 3.17 edits cannot carry snippets; instead the inserted placeholder ("Source name") is selected
 * after the edit so the journalist types over it. Its position accounts for earlier edits in the same fix.
 */
function selectPlaceholder(doc: TextDocument, edits: CoreEdit[]): CodeAction['command'] {
  const PLACEHOLDERS = ['Source name', 'https://'];
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  for (const e of sorted) {
    const inner = PLACEHOLDERS.map((p) => e.newText.indexOf(p)).find((i) => i >= 0);
    if (inner !== undefined) {
      const placeholder = PLACEHOLDERS.find((p) => e.newText.indexOf(p) === inner)!;
      const at = e.start + shift + inner;
      const start = new LineIndex(applyAll(doc.getText(), sorted)).positionAt(at);
      return { title: 'Select the placeholder', command: SELECT_RANGE_COMMAND, arguments: [doc.uri, { start, end: { line: start.line, character: start.character + placeholder.length } }] };
    }
    shift += e.newText.length - (e.end - e.start);
  }
  return undefined;
}

function applyAll(text: string, sorted: CoreEdit[]): string {
  let out = text;
  for (const e of [...sorted].reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Registry and ignore actions edit workspace files, so they run as server commands when chosen. */
function workspaceActions(doc: TextDocument, analysis: Analysis, at: { line: number; character: number }): CodeAction[] {
  const offset = analysis.lines.offsetAt(at);
  const mention = analysis.entities.find((e) => e.start === offset && !e.tagged);
  if (!mention) return [];
  const type = mention.type === 'other' ? 'person' : mention.type;
  const add: AddToRegistryArgs = { uri: doc.uri, version: doc.version, start: mention.start, end: mention.end, name: mention.text, type };
  const ignore: IgnoreNameArgs = { uri: doc.uri, name: mention.text };
  return [
    { title: `Add “${mention.text}” to the workspace registry as ${type} and tag it`, kind: CodeActionKind.QuickFix, command: { title: 'Add to registry', command: ADD_TO_REGISTRY, arguments: [add] } },
    { title: `Ignore “${mention.text}” in this workspace`, kind: CodeActionKind.QuickFix, command: { title: 'Ignore name', command: IGNORE_NAME, arguments: [ignore] } },
  ];
}

function findingAt(analysis: Analysis, d: CodeActionParams['context']['diagnostics'][number]) {
  return analysis.findings.find((f) => {
    if (f.rule !== d.code) return false;
    const r = analysis.lines.range(f.start, f.end);
    return r.start.line === d.range.start.line && r.start.character === d.range.start.character && r.end.line === d.range.end.line && r.end.character === d.range.end.character;
  });
}


