// The rules page (docs/rules.md) as Markdown, from the rule files: one section per rule, anchored by its id.
import { invalidConfig } from './invalid-config';
import { RULES } from './index';

/** docs/rules.md: every rule in catalogue order, then invalid-config, with default severity and description. */
export function rulesPage(): string {
  const rules = [...RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, description: r.description })), { id: invalidConfig.id, severity: invalidConfig.defaultSeverity, description: invalidConfig.description }];
  const lines = [
    '# Newsdesk rules',
    '',
    'Generated from the rule files in `server/src/core/rules/` by `npm run docs:rules`; each diagnostic links here.',
    'Severities are defaults: `.newsdesk/config.yaml` (`severities:`) or the `newsdesk.severities` setting change them.',
    '',
  ];
  for (const r of rules) lines.push(`<a id="${r.id}"></a>`, `## ${r.id}`, '', `Default severity: **${r.severity}**.`, '', r.description, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
