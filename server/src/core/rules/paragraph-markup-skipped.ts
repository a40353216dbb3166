// paragraph-markup-skipped: reported by the article parser (article.ts, frontMatter.ts) while it reads the markup; this rule passes the parser's problems on.
import { parserProblems, type Rule } from './rule';

export const paragraphMarkupSkipped: Rule = {
  id: 'paragraph-markup-skipped',
  defaultSeverity: 'info',
  description: "A paragraph with thousands of Markdown delimiters, markup past a document's first 3,000 delimiters, a table or list of over 250 rows or items, setext headings past the first 100, a block of over 1,000 lines, blocks past a document's first 2,500 (or one to every 40 characters), or lines nested dozens deep, read as plain text to keep the check fast (its words, figures and dates are still checked); and dates past a document's first 1,000 date words (or one to every 100 characters), not checked.",
  check: ({ article }) => parserProblems(article, 'paragraph-markup-skipped'),
};
