// The JSON Schemas contributed through yamlValidation (issue 13, item 6): in sync with the settings schema, and they
// accept what Newsdesk accepts and reject what it reports, checked with Ajv (the files the YAML extension reads).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { configSchema, entitiesSchema, SCHEMA_FILES } from '../../scripts/config-schemas';
import { defaultConfig, mergeConfig } from '../../server/src/core/config';

const ROOT = path.resolve(__dirname, '..', '..');
const ajv = new Ajv({ allErrors: true });
const validConfig = ajv.compile(configSchema());
const validEntities = ajv.compile(entitiesSchema());
const errors = (validate: typeof validConfig, yaml: string) => (validate(parse(yaml)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('schemas for .newsdesk/config.yaml and entities.yaml', () => {
  it('the shipped files are the generated ones, and package.json contributes them', () => {
    for (const [file, make] of Object.entries(SCHEMA_FILES)) assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), `${JSON.stringify(make(), null, 2)}\n`, `${file}: run npm run schemas`);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.yamlValidation.map((v: { url: string }) => v.url), ['./schemas/config.schema.json', './schemas/entities.schema.json']);
  });

  it('a config Newsdesk accepts is valid; one it reports is not, at the right key', () => {
    const good = 'tagPolicy: all\ndateStyle: ap\nseverities:\n  unsourced-figure: "off"\nignoreNames: [Reuters]\n';
    assert.deepEqual(errors(validConfig, good), []);
    const problems: string[] = [];
    mergeConfig(defaultConfig(), parse(good), problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(errors(validConfig, 'dateStyle: APP\n'), ['/dateStyle must be equal to one of the allowed values']);
    assert.deepEqual(errors(validConfig, 'tagpolicy: all\n'), [' must NOT have additional properties']);
    assert.deepEqual(errors(validConfig, 'severities:\n  unsourced-figure: loud\n'), ['/severities/unsourced-figure must be equal to one of the allowed values']);
    assert.deepEqual(errors(validConfig, ''), []);
  });

  it('a registry entry needs an id, a type and a name, in a list or under entities:', () => {
    const good = '- id: pezeshkian\n  type: person\n  name: Masoud Pezeshkian\n  aliases: [Pezeshkian]\n  wikidata: Q5953460\n';
    assert.deepEqual(errors(validEntities, good), []);
    assert.deepEqual(errors(validEntities, `entities:\n${good.replace(/^/gm, '  ')}`), []);
    assert.ok(errors(validEntities, '- type: person\n  name: No Id\n').includes("/0 must have required property 'id'"));
    assert.ok(errors(validEntities, '- id: x\n  type: company\n  name: X\n').includes('/0/type must be equal to one of the allowed values'));
    assert.ok(errors(validEntities, '- id: x\n  type: org\n  name: X\n  wikidata: 12\n').some((e) => e.startsWith('/0/wikidata')));
  });
});
