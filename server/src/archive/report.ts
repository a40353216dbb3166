// One article's result for the CLI, as plain data: what a worker thread sends back, what the cache stores, and
// what the output writers print. Building it reads the file, its workspace and (with a cache) the stored result.
import * as path from 'path';
import { readFileSync } from 'fs';
import { analyze, ruleCatalogue } from '../core/analyze';
import { defaultConfig, mergeConfig, type Config } from '../core/config';
import { limitMemos } from '../core/memos';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceFiles as Workspace } from '../core/workspace';
import type { NoSourceNeeded, Severity } from '../core/types';
import type { ResultCache } from './cache';

type Command = 'check' | 'extract';
type Level = Exclude<Severity, 'off'>;
interface Position { line: number; character: number }

/** A finding as the CLI reports it: UTF-16 offsets, the LSP range (0-based line and character) and its text. */
interface ReportedFinding {
  rule: string;
  severity: Level;
  message: string;
  offset: { start: number; end: number };
  range: { start: Position; end: Position };
  text: string;
}

/** What `extract` lists for one article (SPEC: entities, figures and dates with UTF-16 offsets). */
interface Extracted {
  entities: { start: number; end: number; text: string; type: string; tagged: boolean; id: string | null; at: Position }[];
  /**
   * `needs_source`: whether a desk would want the figure attributed (LABELLING.md); false with `reason` saying why
   * (FIGURE_REASONS). `attribution_span`: UTF-16 offsets of what sources it, or null.
   */
  figures: {
    start: number; end: number; text: string; kind: string; value: number | null; unit: string | null; sourced: boolean; attribution: string | null;
    attribution_span: { start: number; end: number } | null; needs_source: boolean; reason: string | null; at: Position;
  }[];
  dates: { start: number; end: number; text: string; value: string | null; relative: boolean; kind: string; at: Position }[];
}

/** The part of a report that depends only on the article, its config and the build: what the cache stores. */
interface Outcome {
  findings?: ReportedFinding[];
  extracted?: Extracted;
}

export interface FileReport extends Outcome {
  path: string;
  /** Problems with the article's workspace files, as stderr lines; the caller prints each line once. */
  notes: string[];
  /** Set when the file could not be checked (unreadable); nothing else is reported for it. */
  error?: string;
  /** This file's threshold: its workspace config's failOn, unless --fail-on overrides it. */
  failOn: Level;
  /** True when the result came from the cache, not from an analysis. */
  cached: boolean;
}

export interface ReportOptions {
  command: Command;
  /** --fail-on, when given: overrides every workspace's failOn. */
  failOn?: Level;
  cache?: ResultCache;
}

const KNOWN_RULES = new Set(ruleCatalogue().map((r) => r.id));

/** Why a figure needs no source, in `extract`'s words (a figure's `reason`). */
const FIGURE_REASONS: Record<NoSourceNeeded['kind'], string> = {
  conversion: 'conversion', restatement: 'restatement', headline: 'headline repeat', result: 'match result', record: 'fact of record', market: 'market result', enumerated: 'items named', 'rate-base': 'rate base', 'own-account': "writer's own account", 'story-count': "story's own subjects", 'legal-limit': 'legal maximum', table: 'results table',
};

/**
 * Builds reports for files one at a time, keeping each workspace (config and registry) it has read: an archive of
 * 2,000 articles under one `.newsdesk/` reads its files once. Never throws for a file: an unreadable one is a
 * report with `error`.
 */
export class Reporter {
  private readonly workspaces = new Map<string, { workspace: Workspace; config: Config; notes: string[] }>();

  constructor(private readonly options: ReportOptions) {
    // Articles of an archive share few paragraphs (a boilerplate footer at most): keep a few hundred readings, not
    // the editor's thousands.
    limitMemos('archive');
  }

  private workspaceFor(file: string) {
    const root = findWorkspaceRoot(path.dirname(file));
    const key = root ?? '';
    let entry = this.workspaces.get(key);
    if (!entry) {
      const workspace = loadWorkspace(root);
      const problems: string[] = [];
      const config = mergeConfig(defaultConfig(), workspace.config, problems);
      for (const id of Object.keys(config.severities)) if (!KNOWN_RULES.has(id)) problems.push(`severities: unknown rule "${id}"`);
      const notes = [...problems.map((p) => `${workspace.root}/.newsdesk/config.yaml: ${p}`), ...workspace.problems.map((p) => `${p.path}: ${p.message}`)];
      entry = { workspace, config, notes };
      this.workspaces.set(key, entry);
    }
    return entry;
  }

  /** The report for `file` (a path as given on the command line). */
  report(file: string): FileReport {
    return this.read(file, 'report')!;
  }

  /** Whether the cache holds `file`'s result (an unreadable file counts as held: there is nothing to analyse). */
  isCached(file: string): boolean {
    return this.read(file, 'peek') !== undefined;
  }

  private read(file: string, mode: 'report' | 'peek'): FileReport | undefined {
    const { workspace, config, notes } = this.workspaceFor(file);
    const failOn = this.options.failOn ?? config.failOn;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return { path: file, notes, failOn, cached: false, error: (e as Error).message };
    }
    const format = /\.txt$/i.test(file) ? 'text' : 'markdown';
    const cache = this.options.cache;
    const key = cache?.key([this.options.command, format, config, workspace.entities], text);
    if (mode === 'peek') return key && cache!.has(key) ? { path: file, notes, failOn, cached: true } : undefined;
    const stored = key ? (cache!.get(key) as Outcome | undefined) : undefined;
    if (stored) return { path: file, notes, failOn, cached: true, ...stored };
    let outcome: Outcome;
    try {
      outcome = this.analyse(text, format, config, workspace);
    } catch (e) {
      // One pathological file must not hide the others' results.
      return { path: file, notes, failOn, cached: false, error: (e as Error).message };
    }
    if (key) cache!.set(key, outcome);
    return { path: file, notes, failOn, cached: false, ...outcome };
  }

  private analyse(text: string, format: 'text' | 'markdown', config: Config, workspace: Workspace): Outcome {
    const analysis = analyze(text, { config, workspaceEntities: workspace.entities, format });
    const at = (offset: number) => analysis.lines.positionAt(offset);
    if (this.options.command === 'check') {
      return {
        findings: analysis.findings.map((f) => ({
          rule: f.rule, severity: f.severity, message: f.message,
          offset: { start: f.start, end: f.end }, range: analysis.lines.range(f.start, f.end), text: f.text,
        })),
      };
    }
    return {
      extracted: {
        entities: analysis.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, tagged: e.tagged, id: e.id ?? null, at: at(e.start) })),
        figures: analysis.figures.map((f) => ({
          start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value ?? null, unit: f.unit ?? null, sourced: f.sourced,
          attribution: f.attribution ? f.attribution.text : null, attribution_span: f.attribution ? { start: f.attribution.start, end: f.attribution.end } : null,
          needs_source: !f.noSourceNeeded, reason: f.noSourceNeeded ? FIGURE_REASONS[f.noSourceNeeded.kind] : null, at: at(f.start),
        })),
        dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value ?? null, relative: d.relative, kind: d.kind, at: at(d.start) })),
      },
    };
  }
}
