import { strict as assert } from 'assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { defaultConfig } from '../../server/src/core/config';
import { dataPath } from '../../server/src/core/dataFiles';
describe('smoke', () => { it('loads', () => { assert.ok(unified().use(remarkParse).parse('x')); assert.equal(defaultConfig().tagPolicy, 'first'); assert.ok(dataPath('x').endsWith('data/x')); }); });
