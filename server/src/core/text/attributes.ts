// Finds where an attribute's value is written inside a tag's source, so a fix edits that value and nothing else.

/** Offset of `name`'s value in `tagSource` (":person[X]{id=abc}" → index of "abc"), quotes excluded; -1 if absent. */
export function attributeValueAt(tagSource: string, name: string): number {
  const open = tagSource.lastIndexOf('{');
  if (open < 0 || tagSource.lastIndexOf(']') > open) return -1;
  const re = new RegExp(`(^|[\\s{])${name}=("|')?`, 'g');
  const m = re.exec(tagSource.slice(open));
  return m ? open + m.index + m[0].length : -1;
}
