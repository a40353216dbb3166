// The contract every rule module fulfils: an id, a default severity and a pure check over the analysed article.
import type { Config } from '../config';
import type { Article, DateMention, EntityMention, FigureMention, Fix, RegistryEntry, Severity } from '../types';

/** Entities known to this article: front matter `entities` merged with `.newsdesk/entities.yaml`. */
export interface Registry {
  entries: RegistryEntry[];
  byId: Map<string, RegistryEntry>;
  /** Lower-cased name or alias → entry. */
  byName: Map<string, RegistryEntry>;
}

export interface RuleContext {
  article: Article;
  config: Config;
  entities: EntityMention[];
  figures: FigureMention[];
  dates: DateMention[];
  registry: Registry;
}

export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
}

export interface Rule {
  id: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** One sentence for the README and the hover on the diagnostic code. */
  description: string;
  check(ctx: RuleContext): RuleFinding[];
}

/** The problems the article parser reported for one markup rule (article.problems), as findings. */
export function parserProblems(article: Article, rule: Article['problems'][number]['rule']): RuleFinding[] {
  return article.problems.filter((p) => p.rule === rule).map(({ start, end, message }) => ({ start, end, message }));
}
