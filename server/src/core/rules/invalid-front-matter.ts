// invalid-front-matter: reported by the article parser (article.ts, frontMatter.ts) while it reads the markup; this rule passes the parser's problems on.
import { parserProblems, type Rule } from './rule';

export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML or a field has the wrong shape (an unclosed "---", "published: 2024-13-45", an alias bomb); the body is still checked.',
  check: ({ article }) => parserProblems(article, 'invalid-front-matter'),
};
