// Behaviour oracle for refactors: every finding (with fixes), entity, figure and date over all BBC + open-news +
// TBAQ articles, one line each. Usage: node --import tsx scripts/tmp/oracle.ts OUT.txt   (from the repo root,
// with this file copied to scripts/tmp/). Two runs on unchanged behaviour give byte-identical files.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
const SH = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpora');
const files: string[] = [];
for (const sec of ['business', 'entertainment', 'politics', 'sport', 'tech']) for (const f of fs.readdirSync(path.join(SH, 'bbc-news', sec)).sort()) files.push(path.join(SH, 'bbc-news', sec, f));
for (const f of fs.readdirSync(path.join(SH, 'open-news')).sort()) if (f.endsWith('.md')) files.push(path.join(SH, 'open-news', f));
for (const sub of ['TimeBank', 'AQUAINT']) { const d = path.join(SH, 'tbaq-cleaned', sub); if (fs.existsSync(d)) for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.tml')) files.push(path.join(d, f)); }
const prim = (o: any) => { const r: any = {}; for (const [k, v] of Object.entries(o ?? {})) if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) r[k] = v; else if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) r[k] = v; return JSON.stringify(r); };
const out = fs.openSync(process.argv[2], 'w');
for (const f of files) {
  let text = fs.readFileSync(f, 'utf8');
  if (f.endsWith('.tml')) { const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([0-9-]{10})/.exec(text)?.[1] ?? '1998-01-01'; const body = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(text)?.[1] ?? '').replace(/<[^>]+>/g, ''); text = `---\npublished: ${dct}\n---\n` + body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n'); }
  else if (!text.startsWith('---')) text = `---\npublished: 2005-03-01\n---\n` + text.split('\n').filter((l) => l.trim()).join('\n\n');
  const a = analyze(text);
  const rel = path.relative(SH, f);
  const lines: string[] = [];
  for (const x of a.findings) lines.push(`F\t${x.rule}\t${x.severity}\t${x.start}\t${x.end}\t${x.message}\t${JSON.stringify(x.fixes ?? null)}`);
  for (const e of a.entities) lines.push(`E\t${prim(e)}`);
  for (const g of a.figures) lines.push(`G\t${prim(g)}`);
  for (const d of a.dates) lines.push(`D\t${prim(d)}`);
  fs.writeSync(out, lines.map((l) => `${rel}\t${l}`).join('\n') + '\n');
}
fs.closeSync(out);
