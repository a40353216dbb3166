// Publishes diagnostics per document, debounced while the journalist types; config-file problems go to those files.
import { pathToFileURL } from 'url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysisCache';
import { LineIndex } from '../core/lines';
import type { FileProblem } from '../core/workspace';
import { invalidConfig } from '../core/rules/invalid-config';
import { ruleDescription } from './convert';
import * as fs from 'fs';
import { toDiagnostics } from './convert';

const TYPING_DELAY_MS = 120;
/** A very long document (a whole book pasted in) takes seconds to analyse: wait for a longer pause in typing. */
const LONG_DOCUMENT_CHARS = 500_000;
const LONG_DOCUMENT_DELAY_MS = 1500;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly configFilesWithProblems = new Set<string>();
  private readonly loggedProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {}

  /** Immediately on open; after a short pause on edits, so each keystroke does not publish. */
  schedule(doc: TextDocument, immediate = false): void {
    clearTimeout(this.timers.get(doc.uri));
    if (immediate) { void this.publish(doc.uri); return; }
    const delay = doc.getText().length > LONG_DOCUMENT_CHARS ? LONG_DOCUMENT_DELAY_MS : TYPING_DELAY_MS;
    this.timers.set(doc.uri, setTimeout(() => void this.publish(doc.uri), delay));
  }

  /** Whether a publication (and so an analysis) of `uri` is waiting for the typing pause. */
  isScheduled(uri: string): boolean {
    return this.timers.has(uri);
  }

  publishAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc, true);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      const { analysis, settings } = await this.cache.get(doc);
      // A newer version may have arrived while settings loaded; its own publish will follow.
      if (this.documents.get(uri)?.version !== doc.version) return;
      await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(analysis, doc.version) });
      for (const p of settings.problems) {
        if (this.loggedProblems.has(p)) continue;
        this.loggedProblems.add(p);
        this.connection.console.warn(`Newsdesk settings: ${p}`);
      }
      this.publishFileProblems(settings.workspace.problems, settings.workspace.root);
    } catch (e) {
      this.connection.console.error(`Newsdesk could not analyse ${uri}: ${(e as Error).stack ?? e}`);
    }
  }

  private publishFileProblems(problems: FileProblem[], root: string | null): void {
    if (!root) return;
    const byFile = new Map<string, FileProblem[]>();
    for (const p of problems) byFile.set(p.path, [...(byFile.get(p.path) ?? []), p]);
    for (const file of [...this.configFilesWithProblems]) {
      if (file.startsWith(root) && !byFile.has(file)) {
        this.configFilesWithProblems.delete(file);
        void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: [] });
      }
    }
    for (const [file, list] of byFile) {
      let text = '';
      try { text = fs.readFileSync(file, 'utf8'); } catch { /* deleted since: offsets fall back to the start */ }
      const lines = new LineIndex(text);
      const diagnostics: Diagnostic[] = invalidConfig.check(list).map((p) => ({
        range: lines.range(p.start, p.end), message: p.message, source: 'newsdesk', code: invalidConfig.id, ...ruleDescription(invalidConfig.id),
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      }));
      this.configFilesWithProblems.add(file);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics });
    }
  }
}
