import { hasSpace } from './shape';
// Finds where an attribute's value is written inside a tag's source, so a fix edits that value and nothing else.

/** Where one attribute's value is written: offsets into the tag source, quotes included in [start, end). */
export interface AttributeValueSpan {
  start: number;
  end: number;
  /** The value was written in quotes ("…" or '…'). */
  quoted: boolean;
  /** Written as the `#value` shorthand for `id`. */
  shorthand: boolean;
}

/**
 * The span of `name`'s value in `tagSource` (":person[X]{note="id=x" id=abc}" → the span of "abc"), read the way
 * remark-directive reads attributes: the block after the label (brackets matched, backslash escapes kept), then
 * `name=value`, `name="value"`, `name='value'`, `#value` (id) and `.value` (class), so text inside another quoted
 * value or inside the label is never taken for the attribute. Null when the tag does not write `name`.
 */
/** A character of a directive's name: an ASCII letter, digit, "_" or "-". */
function isNameCharacter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
}

/** White space or one of `marks` (a single character `c`): the end of an attribute's key or unquoted value. */
const endsValue = (c: string, marks: string) => hasSpace(c) || marks.includes(c);

export function attributeValueSpan(tagSource: string, name: string): AttributeValueSpan | null {
  let i = 0;
  if (tagSource[i] === ':') i++;
  while (i < tagSource.length && isNameCharacter(tagSource[i])) i++;
  if (tagSource[i] === '[') {
    let depth = 0;
    for (; i < tagSource.length; i++) {
      if (tagSource[i] === '\\') { i++; continue; }
      if (tagSource[i] === '[') depth++;
      else if (tagSource[i] === ']' && --depth === 0) { i++; break; }
    }
  }
  if (tagSource[i] !== '{') return null;
  i++;
  let found: AttributeValueSpan | null = null;
  while (i < tagSource.length && tagSource[i] !== '}') {
    if (hasSpace(tagSource[i])) { i++; continue; }
    let key: string;
    if (tagSource[i] === '#' || tagSource[i] === '.') {
      key = tagSource[i] === '#' ? 'id' : 'class';
      const start = ++i;
      while (i < tagSource.length && !endsValue(tagSource[i], '}#.')) i++;
      if (key === name) found = { start, end: i, quoted: false, shorthand: true };
      continue;
    }
    const keyStart = i;
    while (i < tagSource.length && !endsValue(tagSource[i], '=}')) i++;
    key = tagSource.slice(keyStart, i);
    if (tagSource[i] !== '=') continue;
    i++;
    const start = i;
    const quote = tagSource[i] === '"' || tagSource[i] === "'" ? tagSource[i] : '';
    if (quote) {
      i++;
      while (i < tagSource.length && tagSource[i] !== quote) i += tagSource[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, tagSource.length);
    } else {
      while (i < tagSource.length && !endsValue(tagSource[i], '}')) i++;
    }
    // remark-directive keeps the last of repeated attributes.
    if (key === name) found = { start, end: i, quoted: quote !== '', shorthand: false };
  }
  return found;
}
