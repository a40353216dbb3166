// Writes package.json contributes.configuration from the settings schema in server/src/core/config.ts (run after changing SETTINGS).
import * as fs from 'fs';
import { SETTINGS } from '../server/src/core/config';
import { settingProperty } from './config-schemas';

export function contributedProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const s of SETTINGS) props[`newsdesk.${s.key}`] = { ...settingProperty(s), scope: 'resource' };
  return props;
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration.properties = contributedProperties();
  fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  console.log(`package.json: ${SETTINGS.length} newsdesk.* settings written`);
}
