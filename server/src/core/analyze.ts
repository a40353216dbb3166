// The analysis entry point: article text in, the full model and its findings out. Shared by the server, the CLI and the tests.
import { SpanIndex } from './text/spanIndex';
import { isIgnored, parseArticle, type ArticleFormat } from './article';
import { defaultConfig, type Config } from './config';
import { findEntities } from './entities';
import { extractFigures } from './figures';
import { extractDates } from './dates';
import type { LineIndex } from './lines';
import { buildRegistry } from './registry';
import { RULES } from './rules';
import { writtenDateSpans } from './rules/impossible-date';
import type { Registry, RuleContext } from './rules/rule';
import type { Article, DateMention, EntityMention, EntityType, FigureMention, Finding, RegistryEntry, Severity } from './types';
import { isDigits } from './text/shape';

export interface AnalyzeOptions {
  config?: Config;
  /** Entries of `.newsdesk/entities.yaml`. */
  workspaceEntities?: RegistryEntry[];
  /** Names tagged in other articles of the workspace (normalised name → type). */
  workspaceNames?: ReadonlyMap<string, EntityType>;
  format?: ArticleFormat;
}

export interface Analysis {
  article: Article;
  config: Config;
  registry: Registry;
  entities: EntityMention[];
  figures: FigureMention[];
  dates: DateMention[];
  findings: Finding[];
  lines: LineIndex;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? defaultConfig();
  const article = parseArticle(text, options.format ?? 'markdown');
  const registry = buildRegistry(article.frontMatter?.entities ?? [], options.workspaceEntities ?? []);
  const dates = extractDates(article, article.frontMatter?.published ?? null);
  // A number inside a date ("11 to 18 June") is part of the date, not a figure.
  // So is a number inside a written date the recogniser does not take, because it does not exist ("2019-02-30").
  const written = writtenDateSpans(article.prose);
  const dateSpans = new SpanIndex([...dates.filter((d) => d.kind === 'date'), ...written]);
  // A bare number that runs into a date is the date's day ("around 5 May", "between 6 and 12 December"); a figure with
  // a unit keeps its number, whatever a date next to it claims ("sold for £10 five years ago").
  const figures = extractFigures(article, config).filter((f) => !dateSpans.covering(f) && !(f.kind === 'count' && isDigits(f.text.slice(-1)) && dateSpans.overlapping(f)));
  // Words inside a date ("Mon., June 13", even an impossible "Feb. 30") or a figure ("HK$327m") are part of it, not names.
  const entities = findEntities(article, registry, config, options.workspaceNames, undefined, [...dates.filter((d) => d.kind === 'date'), ...figures, ...written]);
  const ctx: RuleContext = { article, config, entities, figures, dates, registry };

  const findings: Finding[] = [];
  const severityOf = (rule: string, fallback: Exclude<Severity, 'off'>): Severity => config.severities[rule] ?? fallback;
  for (const rule of RULES) {
    const severity = severityOf(rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) {
      if (isIgnored(article, rule.id, f)) continue;
      const { start, end } = article.lines.snap(f);
      findings.push({ rule: rule.id, severity, message: f.message, start, end, text: text.slice(start, end), fixes: f.fixes });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { article, config, registry, entities, figures, dates, findings, lines: article.lines };
}

/** Rule ids the analysis can report, with default severities and descriptions, in catalogue order. */
export function ruleCatalogue(): { id: string; severity: Exclude<Severity, 'off'>; description: string }[] {
  return RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, description: r.description }));
}
