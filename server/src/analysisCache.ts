// Parses each document once per version and shares the analysis between diagnostics, hover, code actions, symbols and inlay hints.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import type { SettingsStore, DocumentSettings } from './settings';

interface Entry {
  version: number;
  analysis: Promise<{ analysis: Analysis; settings: DocumentSettings }>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly settings: SettingsStore) {}

  get(doc: TextDocument): Promise<{ analysis: Analysis; settings: DocumentSettings }> {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const text = doc.getText();
    const analysis = this.settings.forDocument(doc.uri).then((settings) => ({
      settings,
      analysis: analyze(text, {
        config: settings.config,
        workspaceEntities: settings.workspace.entities,
        format: /\.txt$/i.test(doc.uri) || doc.languageId === 'plaintext' ? 'text' : 'markdown',
      }),
    }));
    this.entries.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  forget(uri?: string): void {
    if (uri) this.entries.delete(uri);
    else this.entries.clear();
  }
}
