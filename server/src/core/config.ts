// The one settings schema: every option with its default, shared by VS Code settings, .newsdesk/config.yaml and the CLI.
import type { Severity } from './types';

type TagPolicy = 'first' | 'all';
type AttributionScope = 'sentence' | 'paragraph';
type DateStyle = 'ap' | 'iso' | 'none';

export interface Config {
  /** Per-rule severity overrides; rules not listed use their default. */
  severities: Record<string, Severity>;
  tagPolicy: TagPolicy;
  attributionScope: AttributionScope;
  dateStyle: DateStyle;
  attributionVerbs: string[];
  ignoreNames: string[];
  /** Report MISC (`other`) entities as untagged too. */
  flagOtherEntities: boolean;
  inlayHints: boolean;
  /** Severity at or above which `newsdesk check` exits 1. */
  failOn: Exclude<Severity, 'off'>;
  /**
   * Days (≥ 0) before publication that a date in a direct quotation may lie and still be the speaker's future
   * ("“We will open on 4 February,” he said." in a story of 7 February): tense-date-mismatch leaves such a quote alone.
   */
  quoteGraceDays: number;
}

export interface SettingSchema {
  key: keyof Config;
  type: 'string' | 'boolean' | 'number' | 'array' | 'object';
  enum?: readonly string[];
  default: unknown;
  description: string;
}

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Mirrored in package.json `contributes.configuration` as `newsdesk.<key>` (a test keeps them equal). */
export const SETTINGS: readonly SettingSchema[] = [
  { key: 'severities', type: 'object', default: {}, description: 'Severity per rule id: off, hint, info, warning or error.' },
  { key: 'tagPolicy', type: 'string', enum: ['first', 'all'], default: 'first', description: 'first: each entity needs one tagged mention; all: every mention must be tagged.' },
  { key: 'attributionScope', type: 'string', enum: ['sentence', 'paragraph'], default: 'sentence', description: 'How far from a figure an attribution or citation may stand.' },
  { key: 'dateStyle', type: 'string', enum: ['ap', 'iso', 'none'], default: 'none', description: 'Preferred date style; none only reports mixed styles.' },
  { key: 'attributionVerbs', type: 'array', default: [], description: 'Extra reporting verbs that attribute a figure (e.g. "briefed").' },
  { key: 'ignoreNames', type: 'array', default: [], description: 'Names never reported as untagged entities.' },
  { key: 'flagOtherEntities', type: 'boolean', default: false, description: 'Also report untagged entities of type other (events, nationalities, works).' },
  { key: 'inlayHints', type: 'boolean', default: true, description: 'Show the resolved date after relative date expressions.' },
  { key: 'failOn', type: 'string', enum: ['hint', 'info', 'warning', 'error'], default: 'error', description: 'newsdesk check exits 1 when a finding is at this severity or above.' },
  { key: 'quoteGraceDays', type: 'number', default: 7, description: 'Days before publication a date in a direct quotation may lie and still be the speaker\'s future ("We will open on 4 February," in a story of 7 February); 0 reports every such quote.' },
];

export function defaultConfig(): Config {
  const config: Record<string, unknown> = {};
  // A string, number or boolean is its own copy; a list or table is cloned, so a caller may change it.
  for (const s of SETTINGS) config[s.key] = typeof s.default === 'object' && s.default !== null ? structuredClone(s.default) : s.default;
  return config as unknown as Config;
}

/** Returns a copy of `base` with the valid keys of `overrides` applied; invalid values are reported, not applied. */
export function mergeConfig(base: Config, overrides: Record<string, unknown> | null | undefined, problems: string[] = []): Config {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  if (!overrides || typeof overrides !== 'object') return out as unknown as Config;
  for (const [key, value] of Object.entries(overrides)) {
    const schema = SETTINGS.find((s) => s.key === key);
    if (!schema) { problems.push(`unknown option "${key}"`); continue; }
    if (value === undefined || value === null) continue;
    if (schema.type === 'array') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = [...value];
      else problems.push(`"${key}" must be a list of strings`);
    } else if (schema.type === 'object') {
      if (typeof value === 'object' && !Array.isArray(value)) {
        const merged = { ...(out[key] as Record<string, unknown>) };
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (key === 'severities' && !SEVERITIES.includes(v as Severity)) problems.push(`severity of "${k}" must be one of ${SEVERITIES.join(', ')}`);
          else merged[k] = v;
        }
        out[key] = merged;
      } else problems.push(`"${key}" must be a mapping`);
    } else if (typeof value !== schema.type) {
      problems.push(`"${key}" must be a ${schema.type}`);
    } else if (schema.type === 'number' && !(Number.isFinite(value) && (value as number) >= 0)) {
      problems.push(`"${key}" must be a number of 0 or more`);
    } else if (schema.enum && !schema.enum.includes(value as string)) {
      problems.push(`"${key}" must be one of ${schema.enum.join(', ')}`);
    } else out[key] = value;
  }
  return out as unknown as Config;
}
