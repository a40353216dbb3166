// The CLI's output formats, written one file at a time as results arrive (in input order), so that memory does not
// grow with the archive. Each writer prints exactly what a single JSON.stringify of the whole result would.
import * as path from 'path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleCatalogue } from '../core/analyze';
import type { Severity } from '../core/types';
import type { FileReport } from './report';

export type Format = 'text' | 'json' | 'sarif';

/** Receives reports in input order; `end` prints whatever closes the output (a summary, closing brackets). */
export interface OutputWriter {
  file(report: FileReport): void;
  end(): void;
}

/** `text` indented by `spaces` on every line after the first (JSON.stringify's layout for a nested value). */
function indent(text: string, spaces: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/** Stands in the place of the streamed array in a StreamedArray's `head`. */
const ITEMS = '\u0000ITEMS\u0000';

/**
 * A JSON document `head` with one array streamed: `head` is printed as JSON.stringify(…, null, 2) would print it,
 * with the items of the array that is StreamedArray.MARKER in it written as they come. `depth` is the array's
 * nesting (its items' indent is 2 × (depth + 1) spaces).
 */
class StreamedArray {
  static readonly MARKER: unknown[] = [];
  private count = 0;
  private readonly before: string;
  private readonly after: string;
  private readonly itemIndent: number;

  constructor(private readonly out: (s: string) => void, head: unknown, depth: number) {
    const whole = JSON.stringify(head, (_k, v) => (v === StreamedArray.MARKER ? ITEMS : v), 2);
    const at = whole.indexOf(JSON.stringify(ITEMS));
    this.before = whole.slice(0, at);
    this.after = whole.slice(at + JSON.stringify(ITEMS).length);
    this.itemIndent = 2 * (depth + 1);
  }

  item(value: unknown): void {
    const pad = ' '.repeat(this.itemIndent);
    this.out(`${this.count === 0 ? `${this.before}[\n` : ',\n'}${pad}${indent(JSON.stringify(value, null, 2), this.itemIndent)}`);
    this.count++;
  }

  end(): void {
    const close = ' '.repeat(this.itemIndent - 2);
    this.out(this.count === 0 ? `${this.before}[]${this.after}` : `\n${close}]${this.after}`);
  }
}

/** What the text format says of a figure's source: who sources it, or that none is needed and why, or "unsourced". */
function sourceNote(f: { sourced: boolean; attribution: string | null; needs_source: boolean; reason: string | null }): string {
  if (f.sourced) return ` sourced by “${f.attribution ?? ''}”`;
  return f.needs_source ? ' unsourced' : ` no source needed (${f.reason})`;
}

const LEVEL = (s: Exclude<Severity, 'off'>): Result.level => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

/** The writer for `command` in `format`; `out` receives the text in pieces (no trailing newline at the end). */
export function outputWriter(command: 'check' | 'extract', format: Format, out: (s: string) => void): OutputWriter {
  if (command === 'extract') {
    if (format === 'json') {
      const files = new StreamedArray(out, { version: 1, files: StreamedArray.MARKER }, 1);
      return {
        file: (r) => {
          if (r.error || !r.extracted) return;
          const { entities, figures, dates } = r.extracted;
          // `at` (line and column) serves the text format; the SPEC's JSON gives offsets only.
          const plain = <T extends { at: unknown }>(xs: T[]) => xs.map((x) => { const rest: Partial<T> = { ...x }; delete rest.at; return rest; });
          files.item({ path: r.path, entities: plain(entities), figures: plain(figures), dates: plain(dates) });
        },
        end: () => files.end(),
      };
    }
    let first = true;
    const line = (s: string) => { out(first ? s : `\n${s}`); first = false; };
    return {
      file: (r) => {
        if (r.error || !r.extracted) return;
        const at = (p: { line: number; character: number }) => `${r.path}:${p.line + 1}:${p.character + 1}`;
        for (const e of r.extracted.entities) line(`${at(e.at)} entity ${e.type} “${e.text}”${e.tagged ? ' tagged' : ''}${e.id ? ` id=${e.id}` : ''}`);
        for (const f of r.extracted.figures) line(`${at(f.at)} figure ${f.kind} “${f.text}” = ${f.value ?? '?'} ${f.unit ?? ''}${sourceNote(f)}`);
        for (const d of r.extracted.dates) line(d.kind === 'duration' ? `${at(d.at)} duration “${d.text}”` : `${at(d.at)} date “${d.text}” = ${d.value ?? 'unresolved'}${d.relative ? ' (relative)' : ''}`);
      },
      end: () => undefined,
    };
  }
  if (format === 'json') {
    const files = new StreamedArray(out, { version: 1, files: StreamedArray.MARKER }, 1);
    return { file: (r) => { if (!r.error) files.item({ path: r.path, findings: r.findings ?? [] }); }, end: () => files.end() };
  }
  if (format === 'sarif') {
    const rules: ReportingDescriptor[] = ruleCatalogue().map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: LEVEL(r.severity) } }));
    const head: Log = {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [{ tool: { driver: { name: 'newsdesk', rules } }, results: StreamedArray.MARKER as unknown as Result[] }],
    };
    const results = new StreamedArray(out, head, 3);
    return {
      file: (r) => {
        for (const f of r.error ? [] : r.findings ?? []) {
          const result: Result = {
            ruleId: f.rule, level: LEVEL(f.severity), message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.path.split(path.sep).join('/') }, region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, charOffset: f.offset.start, charLength: f.offset.end - f.offset.start } } }],
          };
          results.item(result);
        }
      },
      end: () => results.end(),
    };
  }
  let total = 0;
  let files = 0;
  return {
    file: (r) => {
      if (r.error) return;
      files++;
      for (const f of r.findings ?? []) {
        out(`${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.message}\n`);
        total++;
      }
    },
    end: () => out(`${total} finding${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`),
  };
}
