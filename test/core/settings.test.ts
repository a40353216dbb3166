// The settings schema is the single source: package.json contributes exactly newsdesk.<key> for each, with the same defaults.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, mergeConfig, SETTINGS } from '../../server/src/core/config';
import { contributedProperties } from '../../scripts/sync-settings';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('settings', () => {
  it('package.json contributes.configuration matches the schema (run scripts/sync-settings.ts after changing it)', () => {
    assert.deepEqual(pkg.contributes.configuration.properties, contributedProperties());
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), SETTINGS.map((s) => `newsdesk.${s.key}`).sort());
  });

  it('merges valid overrides and reports invalid ones without applying them', () => {
    const problems: string[] = [];
    const config = mergeConfig(defaultConfig(), { tagPolicy: 'all', attributionScope: 'chapter', severities: { 'untagged-entity': 'loud', 'vague-figure': 'off' }, colour: 'red' }, problems);
    assert.equal(config.tagPolicy, 'all');
    assert.equal(config.attributionScope, 'sentence');
    assert.deepEqual(config.severities, { 'vague-figure': 'off' });
    assert.equal(problems.length, 3);
  });
});
