// Workspace-file actions (add an entity to the registry, ignore a name): computed when chosen, applied with workspace/applyEdit.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, TextDocuments, WorkspaceEdit, ClientCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysisCache';
import { LineIndex } from '../core/lines';
import { tagEdits } from '../core/rules/untagged-entity';
import type { EntityType } from '../core/types';
import { addIgnoredName, addRegistryEntry, type FileChange } from '../workspaceFiles';
import { documentDir } from '../settings';
import { toLspEdits } from './convert';

export const ADD_TO_REGISTRY = 'newsdesk.addToRegistry';
export const IGNORE_NAME = 'newsdesk.ignoreName';
const LIST_UNSOURCED = 'newsdesk.listUnsourcedFigures';
export const SERVER_COMMANDS = [ADD_TO_REGISTRY, IGNORE_NAME, LIST_UNSOURCED];

/** One unsourced or vague figure, for the client's list (no fix: inserting empty citations would fake sourcing). */
export interface UnsourcedFigure { text: string; rule: string; message: string; range: ReturnType<LineIndex['range']> }

export interface AddToRegistryArgs { uri: string; version: number; start: number; end: number; name: string; type: EntityType }
export interface IgnoreNameArgs { uri: string; name: string }

export class CommandHandler {
  workspaceFolders: string[] = [];
  capabilities: ClientCapabilities = {};

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly afterWorkspaceChange: () => void,
  ) {}

  async execute(command: string, args: unknown[]): Promise<unknown> {
    if (command === ADD_TO_REGISTRY) await this.addToRegistry(args[0] as AddToRegistryArgs);
    else if (command === IGNORE_NAME) await this.ignoreName(args[0] as IgnoreNameArgs);
    else if (command === LIST_UNSOURCED) return this.listUnsourced(String(args[0]));
    return null;
  }

  private async listUnsourced(uri: string): Promise<UnsourcedFigure[]> {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    const { analysis } = await this.cache.get(doc);
    return analysis.findings
      .filter((f) => f.rule === 'unsourced-figure' || f.rule === 'vague-figure')
      .map((f) => ({ text: f.text, rule: f.rule, message: f.message, range: analysis.lines.range(f.start, f.end) }));
  }

  /**
   * Whether the registry and ignore actions have a folder to write to for `uri`: a file always has (its own
   * folder at least); an unsaved buffer ("untitled:") only when the editor has a workspace folder open.
   */
  canEditWorkspace(uri: string): boolean {
    return documentDir(uri) !== null || this.workspaceFolders.length > 0;
  }

  /**
   * The `.newsdesk/` folder in use, else the workspace folder holding the article, else its own folder; for an
   * unsaved buffer, the first workspace folder. Null when there is none (the actions are then not offered).
   */
  private async rootFor(uri: string): Promise<string | null> {
    const dir = documentDir(uri);
    if (!dir) return this.workspaceFolders[0] ?? null;
    const doc = this.documents.get(uri);
    if (doc) {
      const { settings } = await this.cache.get(doc);
      if (settings.workspace.root) return settings.workspace.root;
    }
    return this.workspaceFolders.find((f) => (dir + path.sep).startsWith(f + path.sep)) ?? dir;
  }

  private async addToRegistry(args: AddToRegistryArgs): Promise<void> {
    const doc = this.documents.get(args.uri);
    const root = await this.rootFor(args.uri);
    if (!doc || !root) return;
    if (doc.version !== args.version) { this.connection.window.showWarningMessage('Newsdesk: the article changed; try the action again.'); return; }
    const added = addRegistryEntry(root, args.name, args.type);
    if (!added) { this.connection.window.showErrorMessage('Newsdesk: .newsdesk/entities.yaml is not valid YAML; fix it before adding entities.'); return; }
    const lines = new LineIndex(doc.getText());
    const articleEdits = toLspEdits(tagEdits(doc.getText(), args, added.id, args.type), lines);
    await this.apply(added.change, { uri: args.uri, version: doc.version, edits: articleEdits }, `Add “${args.name}” to the registry`);
  }

  private async ignoreName(args: IgnoreNameArgs): Promise<void> {
    const root = await this.rootFor(args.uri);
    if (!root) return;
    const change = addIgnoredName(root, args.name);
    if (!change) { this.connection.window.showErrorMessage('Newsdesk: .newsdesk/config.yaml is not valid YAML; fix it before adding names.'); return; }
    await this.apply(change, null, `Ignore “${args.name}”`);
  }

  /** As a workspace edit (undoable, respects unsaved buffers) where the client can create files; else written directly. */
  private async apply(change: FileChange, article: { uri: string; version: number; edits: { range: ReturnType<LineIndex['range']>; newText: string }[] } | null, label: string): Promise<void> {
    const we = this.capabilities.workspace?.workspaceEdit;
    const canCreate = !!we?.documentChanges && !!we.resourceOperations?.includes('create');
    const fileUri = pathToFileURL(change.file).toString();
    if (canCreate || change.exists) {
      const fileLines = new LineIndex(change.oldText);
      const fileEdit = { range: fileLines.range(0, change.oldText.length), newText: change.newText };
      const edit: WorkspaceEdit = we?.documentChanges
        ? {
          documentChanges: [
            ...(change.exists ? [] : [{ kind: 'create' as const, uri: fileUri, options: { ignoreIfExists: true } }]),
            { textDocument: { uri: fileUri, version: null }, edits: [fileEdit] },
            ...(article ? [{ textDocument: { uri: article.uri, version: article.version }, edits: article.edits }] : []),
          ],
        }
        : { changes: { [fileUri]: [fileEdit], ...(article ? { [article.uri]: article.edits } : {}) } };
      const result = await this.connection.workspace.applyEdit({ label, edit });
      if (!result.applied) { this.connection.window.showWarningMessage(`Newsdesk: ${label} was not applied${result.failureReason ? `: ${result.failureReason}` : ''}.`); return; }
      // The editor may hold the file unsaved; saving keeps the analysis, which reads from disk, in step.
      if (!change.exists || !this.documents.get(fileUri)) this.writeIfUnchanged(change);
    } else {
      this.writeIfUnchanged(change);
      if (article) await this.connection.workspace.applyEdit({ label, edit: { changes: { [article.uri]: article.edits } } });
    }
    this.afterWorkspaceChange();
  }

  private writeIfUnchanged(change: FileChange): void {
    let current = '';
    try { current = fs.readFileSync(change.file, 'utf8'); } catch { /* not there yet */ }
    if (current === change.newText) return;
    if (current !== change.oldText) return; // someone else wrote it meanwhile: leave their version
    fs.mkdirSync(path.dirname(change.file), { recursive: true });
    fs.writeFileSync(change.file, change.newText);
  }
}
