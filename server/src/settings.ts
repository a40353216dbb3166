// Per-document settings: built-in defaults ← editor settings (newsdesk.*) ← .newsdesk/config.yaml (the file wins).
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection } from 'vscode-languageserver';
import { ruleCatalogue } from './core/analyze';
import { defaultConfig, mergeConfig, type Config } from './core/config';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceFiles } from './core/workspace';

export interface DocumentSettings {
  config: Config;
  workspace: WorkspaceFiles;
  /** Problems in the editor settings or config.yaml, shown once in the log. */
  problems: string[];
}

export class SettingsStore {
  private readonly editorSettings = new Map<string, Promise<Record<string, unknown>>>();
  private globalSettings: Record<string, unknown> = {};
  canPullConfiguration = false;

  constructor(private readonly connection: Connection) {}

  /** Pushed settings (didChangeConfiguration) for clients without workspace/configuration. */
  setGlobal(settings: unknown): void {
    const section = (settings as { newsdesk?: unknown } | null)?.newsdesk ?? settings;
    this.globalSettings = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
    this.editorSettings.clear();
  }

  clear(uri?: string): void {
    if (uri) this.editorSettings.delete(uri);
    else this.editorSettings.clear();
  }

  async forDocument(uri: string): Promise<DocumentSettings> {
    const problems: string[] = [];
    const editor = await this.editorSettingsFor(uri);
    // An unsaved buffer's workspace is the server's working folder; the web worker has none.
    const dir = documentDir(uri) ?? (typeof process === 'undefined' ? null : process.cwd());
    const workspace = loadWorkspace(dir === null ? null : findWorkspaceRoot(dir));
    let config = mergeConfig(defaultConfig(), editor, problems);
    config = mergeConfig(config, workspace.config, problems);
    const known = new Set(ruleCatalogue().map((r) => r.id));
    for (const id of Object.keys(config.severities)) if (!known.has(id)) problems.push(`severities: unknown rule "${id}"`);
    return { config, workspace, problems };
  }

  private editorSettingsFor(uri: string): Promise<Record<string, unknown>> {
    if (!this.canPullConfiguration) return Promise.resolve(this.globalSettings);
    let pending = this.editorSettings.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'newsdesk' })
        .then((s: unknown) => (s && typeof s === 'object' ? withoutNulls(s as Record<string, unknown>) : {}), () => ({}));
      this.editorSettings.set(uri, pending);
    }
    return pending;
  }
}

export function documentDir(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return null;
  }
}

/** Editors report unset settings as null; those must not override defaults. */
function withoutNulls(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== null && v !== undefined));
}
