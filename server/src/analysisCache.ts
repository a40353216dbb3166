// Parses each document once per version and shares the analysis between diagnostics, hover, code actions, symbols and inlay hints.
import { fileURLToPath } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import type { SettingsStore, DocumentSettings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export interface Analysed {
  analysis: Analysis;
  settings: DocumentSettings;
}

interface Entry {
  version: number;
  result: Promise<Analysed>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

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
      const analysis = analyze(text, {
        config: settings.config,
        workspaceEntities: settings.workspace.entities,
        workspaceNames: this.index.names(file ?? undefined),
        format: /\.txt$/i.test(doc.uri) || doc.languageId === 'plaintext' ? 'text' : 'markdown',
      });
      if (file && this.index.setFromArticle(file, analysis.article)) this.onTagsChanged(doc.uri);
      return { settings, analysis };
    });
    this.entries.set(doc.uri, { version: doc.version, result });
    return result;
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
