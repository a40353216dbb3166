// malformed-tag: reported by the article parser (article.ts, frontMatter.ts) while it reads the markup; this rule passes the parser's problems on.
import { parserProblems, type Rule } from './rule';

export const malformedTag: Rule = {
  id: 'malformed-tag',
  defaultSeverity: 'warning',
  description: 'A tag that tags nothing: unclosed brackets (":person[Tony Blair met"), no label (":person[]"), no source (":cite[]").',
  check: ({ article }) => parserProblems(article, 'malformed-tag'),
};
