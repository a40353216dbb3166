import { analyze } from '../../server/src/core/analyze';
const text = process.argv[2].replace(/\\n/g, '\n');
for (const f of analyze(text).findings) console.log(f.rule, JSON.stringify(text.slice(f.start, f.end)), '-', f.message.slice(0, 100));
