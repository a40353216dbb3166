import fs from 'node:fs';
import path from 'node:path';
async function main() {
const root = process.argv[2];
const { parseArticle } = await import(path.join(root, 'server/src/core/article.ts'));
const { extractDates } = await import(path.join(root, 'server/src/core/dates/index.ts'));
const { extractFigures } = await import(path.join(root, 'server/src/core/figures/index.ts'));
const { findEntities } = await import(path.join(root, 'server/src/core/entities/index.ts'));
const { buildRegistry } = await import(path.join(root, 'server/src/core/registry.ts'));
const { defaultConfig } = await import(path.join(root, 'server/src/core/config.ts'));
const { RULES } = await import(path.join(root, 'server/src/core/rules/index.ts'));
const { writtenDateSpans } = await import(path.join(root, 'server/src/core/rules/impossible-date.ts'));
const CORPUS = '/work/shared/corpora/bbc-news';
const parts: string[] = ['---\npublished: 2005-03-01\n---\n']; let words = 0;
outer: for (const section of ['business', 'politics']) for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) { const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n'); parts.push(text.split('\n').filter((l) => l.trim()).join('\n\n')); words += text.split(/\s+/).length; if (words >= 20000) break outer; }
const long = parts.join('\n\n');
const t: Record<string, number> = {};
const time = <T>(k: string, f: () => T): T => { const t0 = performance.now(); const r = f(); t[k] = (t[k] ?? 0) + performance.now() - t0; return r; };
for (let r = 0; r < 13; r++) {
  if (r === 3) for (const k of Object.keys(t)) delete t[k];
  const config = defaultConfig();
  const article = time('parse', () => parseArticle(long));
  const registry = buildRegistry(article.frontMatter?.entities ?? [], []);
  const ds = time('dates', () => extractDates(article, article.frontMatter?.published ?? null));
  const figures = time('figures', () => extractFigures(article, config));
  const entities = time('entities', () => findEntities(article, registry, config, undefined, undefined, [...ds.filter((d: any) => d.kind === 'date'), ...figures, ...writtenDateSpans(article.prose)]));
  const ctx: any = { article, config, entities, figures, dates: ds, registry };
  time('rules', () => { for (const rule of RULES) rule.check(ctx); });
}
console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / 10).toFixed(1)}`).join(', '));
}
void main();
