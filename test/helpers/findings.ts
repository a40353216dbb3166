// What a rule shows a user on a short article: the texts its findings cover.
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';

/**
 * The findings of rule `rule` on an article of `body` (Markdown) whose front matter gives `published` (YYYY-MM-DD),
 * in text order.
 */
export function ruleFindings(published: string, body: string, rule: string): Finding[] {
  return analyze(`---\npublished: ${published}\n---\n\n${body}\n`).findings.filter((f) => f.rule === rule);
}

/** The texts of ruleFindings: what each finding's range covers. */
export function ruleTexts(published: string, body: string, rule: string): string[] {
  return ruleFindings(published, body, rule).map((f) => f.text);
}
