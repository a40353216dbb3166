// Writes the JSON Schemas of .newsdesk/config.yaml and .newsdesk/entities.yaml (schemas/*.schema.json) that the
// extension contributes through `yamlValidation`, so the Red Hat YAML extension completes and validates them while
// they are typed. config.yaml's schema comes from the settings schema (server/src/core/config.ts SETTINGS), the same
// source as package.json's settings; entities.yaml's from the registry entry's fields (SPEC "Front matter").
//
// Usage: node --import tsx scripts/config-schemas.ts [--check]   (--check: exit 1 when the files are out of date)
import * as fs from 'fs';
import * as path from 'path';
import { SETTINGS, SEVERITIES, type SettingSchema } from '../server/src/core/config';

const ROOT = path.resolve(__dirname, '..');
const ENTITY_TYPES = ['person', 'org', 'place', 'other'];

/** One setting as a JSON Schema property: type, description, default, and its enum, items or bounds. Shared with package.json's settings (sync-settings.ts). */
export function settingProperty(s: SettingSchema): Record<string, unknown> {
  const prop: Record<string, unknown> = { type: s.type, default: s.default, description: s.description };
  if (s.enum) prop.enum = s.enum;
  if (s.type === 'array') prop.items = { type: 'string' };
  if (s.type === 'number') prop.minimum = 0;
  if (s.key === 'severities') prop.additionalProperties = { type: 'string', enum: SEVERITIES };
  return prop;
}

/** The JSON Schema (draft-07) of .newsdesk/config.yaml: every setting, by its key, with type, enum, default and description. */
export function configSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const s of SETTINGS) properties[s.key] = settingProperty(s);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Newsdesk workspace settings (.newsdesk/config.yaml)',
    type: ['object', 'null'],
    properties,
    additionalProperties: false,
  };
}

/**
 * The JSON Schema (draft-07) of .newsdesk/entities.yaml: a list of registry entries (id, type, name required), or
 * a mapping with such a list under `entities:` (both are read, server/src/core/workspace.ts).
 */
export function entitiesSchema(): Record<string, unknown> {
  const list = { type: 'array', items: { $ref: '#/definitions/entry' } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Newsdesk entity registry (.newsdesk/entities.yaml)',
    anyOf: [list, { type: 'object', required: ['entities'], properties: { entities: list }, additionalProperties: false }, { type: 'null' }],
    definitions: { entry: {
      type: 'object',
      required: ['id', 'type', 'name'],
      properties: {
        id: { type: 'string', minLength: 1, description: 'The id tags refer to: :person[Name]{id=…}.' },
        type: { type: 'string', enum: ENTITY_TYPES, description: 'person, org, place or other.' },
        name: { type: 'string', minLength: 1, description: 'The canonical name.' },
        aliases: { type: 'array', items: { type: 'string' }, description: 'Other names the entity goes by.' },
        description: { type: 'string', description: 'Who or what it is, shown in hovers and the preview.' },
        wikidata: { type: 'string', pattern: '^Q[0-9]+$', description: 'Wikidata item id, e.g. Q5953460.' },
      },
      additionalProperties: false,
    } },
  };
}

export const SCHEMA_FILES: Record<string, () => Record<string, unknown>> = {
  'schemas/config.schema.json': configSchema,
  'schemas/entities.schema.json': entitiesSchema,
};

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, make] of Object.entries(SCHEMA_FILES)) {
    const text = `${JSON.stringify(make(), null, 2)}\n`;
    const target = path.join(ROOT, file);
    if (check) {
      if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) { console.error(`${file} is out of date: run npm run schemas`); stale++; }
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      console.log(`${file} written`);
    }
  }
  process.exit(stale ? 1 : 0);
}
