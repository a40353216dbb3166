// Writes docs/rules.md, the page each diagnostic's code links to, from the rule files (RULES and invalid-config).
// Usage: node --import tsx scripts/rules-page.ts [--check]   (--check: exit 1 if docs/rules.md is out of date)
import * as fs from 'fs';
import * as path from 'path';
import { rulesPage } from '../server/src/core/rules/page';

const file = path.resolve(import.meta.dirname, '..', 'docs', 'rules.md');
const page = rulesPage();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== page) {
    console.error('docs/rules.md is out of date: run npm run docs:rules');
    process.exit(1);
  }
} else fs.writeFileSync(file, page);
