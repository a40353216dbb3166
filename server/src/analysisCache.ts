// Parses each document once per version and shares the analysis between diagnostics, hover, code actions, symbols and inlay hints.
import { fileURLToPath } from 'url';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import type { SettingsStore, DocumentSettings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';
import { isTextFileName } from './core/text/names';

export interface Analysed {
  analysis: Analysis;
  settings: DocumentSettings;
}

interface Entry {
  version: number;
  result: Promise<Analysed>;
}

/** A request waiting for the analysis of one version of a document. */
interface Waiter {
  version: number;
  resolve: (a: Analysed) => void;
  reject: (e: unknown) => void;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Map<string, Waiter[]>();
  /** Whether an analysis of the document is already scheduled (the diagnostics debounce); set by the server. */
  isScheduled: (uri: string) => boolean = () => false;
  /** Hears each analysis as it finishes: the document, its version and how long it took (ms). For $/logTrace. */
  onAnalysed: (uri: string, version: number, ms: number) => void = () => undefined;

  /** `onTagsChanged` hears when a document's tags add or drop a name, so other articles can be re-checked. */
  constructor(
    private readonly settings: SettingsStore,
    private readonly index: WorkspaceIndex,
    private readonly onTagsChanged: (uri: string) => void,
  ) {}

  get(doc: TextDocument): Promise<Analysed> {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.result;
    const text = doc.getText();
    const file = filePath(doc.uri);
    const result = this.settings.forDocument(doc.uri).then((settings) => {
      const started = performance.now();
      const analysis = analyze(text, {
        config: settings.config,
        workspaceEntities: settings.workspace.entities,
        workspaceNames: this.index.names(file ?? undefined),
        format: isTextFileName(doc.uri) || doc.languageId === 'plaintext' ? 'text' : 'markdown',
      });
      this.onAnalysed(doc.uri, doc.version, performance.now() - started);
      if (file && this.index.setFromArticle(file, analysis.article)) this.onTagsChanged(doc.uri);
      return { settings, analysis };
    });
    this.entries.set(doc.uri, { version: doc.version, result });
    const version = doc.version;
    result.then(
      (a) => this.settle(doc.uri, (w) => w.version === version && (w.resolve(a), true)),
      (e) => this.settle(doc.uri, (w) => w.version === version && (w.reject(e), true)),
    );
    return result;
  }

  /**
   * The analysis of `doc`'s current version for a request (hover, code actions, symbols, inlay hints), without
   * starting a second analysis while one is due: a request that arrives during typing waits for the analysis the
   * diagnostics debounce will run, and one whose version is superseded before then fails with ContentModified
   * (editors drop such answers silently) instead of analysing a version that is already stale. Only when no
   * analysis is scheduled (the document is idle) does the request start one. `token` cancels the wait.
   */
  forRequest(doc: TextDocument, token?: CancellationToken): Promise<Analysed> {
    const hit = this.entries.get(doc.uri);
    if ((hit && hit.version === doc.version) || !this.isScheduled(doc.uri)) return this.get(doc);
    return new Promise<Analysed>((resolve, reject) => {
      const waiter: Waiter = { version: doc.version, resolve, reject };
      this.waiters.set(doc.uri, [...(this.waiters.get(doc.uri) ?? []), waiter]);
      token?.onCancellationRequested(() => this.settle(doc.uri, (w) => w === waiter && (w.reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')), true)));
    });
  }

  /** A new `version` of the document arrived: requests waiting for an older one are answered ContentModified. */
  superseded(uri: string, version: number): void {
    this.settle(uri, (w) => w.version < version && (w.reject(new ResponseError(LSPErrorCodes.ContentModified, 'the document changed')), true));
  }

  /** Removes the waiters of `uri` for which `done` settled them (returned true). */
  private settle(uri: string, done: (w: Waiter) => boolean): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const left = list.filter((w) => !done(w));
    if (left.length) this.waiters.set(uri, left);
    else this.waiters.delete(uri);
  }

  forget(uri?: string): void {
    if (uri) this.entries.delete(uri);
    else this.entries.clear();
  }
}

export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
