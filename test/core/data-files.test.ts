// The JSON data files: JSON.parse keeps the last of two equal keys in one object without a word, so a key written
// twice (as "deicticWords" nearly was in the sixteenth session) would silently replace a word class. Every object in
// every data/*.json has each key once.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const DATA = path.resolve(__dirname, '..', '..', 'data');

/**
 * The keys written more than once in one object of the JSON `text`, as "key@offset" (UTF-16 offset of the second).
 * Reads strings (with escapes), braces and brackets; assumes `text` is valid JSON (JSON.parse checks that first).
 */
function duplicateKeys(text: string): string[] {
  const out: string[] = [];
  // One entry per open container: the keys seen, or null for an array.
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push(new Set());
    else if (c === '[') stack.push(null);
    else if (c === '}' || c === ']') stack.pop();
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, j + 1)) as string;
      let k = j + 1;
      while (/\s/.test(text[k] ?? '')) k++;
      const keys = stack[stack.length - 1];
      if (text[k] === ':' && keys) {
        if (keys.has(value)) out.push(`${value}@${i}`);
        keys.add(value);
      }
      i = j;
    }
  }
  return out;
}

describe('data files', () => {
  it('find a key written twice in one object (the check itself)', () => {
    assert.deepEqual(duplicateKeys('{"a": [1, {"a": 2}], "b": {"c": "a"}, "a": 3}'), ['a@38']);
    assert.deepEqual(duplicateKeys('{"a": "x\\"y", "b": ["a", "a"]}'), []);
  });

  it('have no key written twice in one object', () => {
    const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json'));
    assert.ok(files.length > 10, 'data/*.json files found');
    for (const f of files) {
      const text = fs.readFileSync(path.join(DATA, f), 'utf8');
      JSON.parse(text);
      assert.deepEqual(duplicateKeys(text), [], f);
    }
  });
});
