// Writes package.json contributes.configuration from the settings schema in server/src/core/config.ts (run after changing SETTINGS).
import * as fs from 'fs';
import { SETTINGS } from '../server/src/core/config';

export function contributedProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const prop: Record<string, unknown> = { type: s.type, default: s.default, description: s.description, scope: 'resource' };
    if (s.enum) prop.enum = s.enum;
    if (s.type === 'array') prop.items = { type: 'string' };
    if (s.type === 'number') prop.minimum = 0;
    if (s.key === 'severities') prop.additionalProperties = { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] };
    props[`newsdesk.${s.key}`] = prop;
  }
  return props;
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration.properties = contributedProperties();
  fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  console.log(`package.json: ${SETTINGS.length} newsdesk.* settings written`);
}
