import * as fs from 'fs';
import { analyze } from '../../server/src/core/analyze';
const src = fs.readFileSync(process.argv[2], 'utf8');
for (const block of src.split(/\n---8<---\n/)) {
  const pub = /^published: (\S+)/m.exec(block)?.[1] ?? '2005-01-15';
  const body = block.replace(/^published: \S+\n/m, '');
  const a = analyze(`---\npublished: ${pub}\n---\n${body}\n`);
  console.log('## ' + body.slice(0, 90).replace(/\n/g, ' '));
  for (const f of a.figures) console.log(`   fig ${JSON.stringify(f.text)} ${f.kind} ${f.sourced ? 'sourced' : ''} ${f.noSourceNeeded ? 'no-source:' + f.noSourceNeeded.kind : ''}`);
  if (process.env.DATES) for (const d of (a as any).dates) console.log(`   date ${JSON.stringify(d.text)} ${JSON.stringify(d.value ?? d.resolved ?? '')}`);
  for (const f of a.findings) if (!/untagged-entity/.test(f.rule) || process.env.ALL) console.log(`   >> ${f.rule} ${JSON.stringify(f.text)} ${f.message.slice(0, 100)}`);
}
