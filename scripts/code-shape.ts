// Issue 9's code-shape counts over the shipped TypeScript (server/src, client/src), read with the TypeScript compiler:
// regular expressions per 1,000 lines (literals and RegExp() constructions both, so a pattern moved into a string still
// counts), functions of 20 lines or more with more than 0.8 branches per line (if, ?:, case, loops, catch, &&, ||, ??
// each count one; nested functions count for themselves), and array literals of more than five word strings.
// Usage: node --import tsx scripts/code-shape.ts [--check]   (--check exits 1 when a budget is broken)
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const REGEX_BUDGET_PER_1000 = 12;
const DENSE_LINES = 20;
const DENSE_BRANCHES_PER_LINE = 0.8;
const LIST_WORDS = 5;

function walk(dir: string, out: string[]): string[] {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const BRANCH_KINDS = new Set([ts.SyntaxKind.IfStatement, ts.SyntaxKind.ConditionalExpression, ts.SyntaxKind.CaseClause, ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement, ts.SyntaxKind.CatchClause]);
const LOGICAL = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);
const WORD = /^[a-z' -]+$/i;

/** Branches in `fn`'s own body (not in functions nested in it). */
function branchesOf(fn: ts.Node): number {
  let count = 0;
  const visit = (n: ts.Node): void => {
    if (n !== fn && ts.isFunctionLike(n)) return;
    if (BRANCH_KINDS.has(n.kind) || (ts.isBinaryExpression(n) && LOGICAL.has(n.operatorToken.kind))) count++;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
  return count;
}

const files = [...walk(path.join(ROOT, 'server', 'src'), []), ...walk(path.join(ROOT, 'client', 'src'), [])];
let lines = 0;
let regexes = 0;
const dense: string[] = [];
const lists: string[] = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  lines += text.split('\n').length;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (n: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) regexes++;
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') regexes++;
    if (ts.isArrayLiteralExpression(n) && n.elements.length > LIST_WORDS && n.elements.every((e) => ts.isStringLiteral(e) && WORD.test(e.text))) lists.push(`${at(n)} (${n.elements.length})`);
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const first = source.getLineAndCharacterOfPosition(n.getStart()).line;
      const length = source.getLineAndCharacterOfPosition(n.getEnd()).line - first + 1;
      const branches = branchesOf(n);
      if (length >= DENSE_LINES && branches / length > DENSE_BRANCHES_PER_LINE) dense.push(`${at(n)} ${branches}/${length}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
}
const perThousand = (1000 * regexes) / lines;
console.log(`${files.length} files, ${lines} lines`);
console.log(`regular expressions (literals and RegExp()): ${regexes} = ${perThousand.toFixed(1)} per 1,000 lines (budget ${REGEX_BUDGET_PER_1000})`);
console.log(`functions of ${DENSE_LINES}+ lines above ${DENSE_BRANCHES_PER_LINE} branches per line: ${dense.length}${dense.length ? `\n  ${dense.join('\n  ')}` : ''}`);
console.log(`inline word lists longer than ${LIST_WORDS}: ${lists.length}${lists.length ? `\n  ${lists.join('\n  ')}` : ''}`);
if (process.argv.includes('--check') && (perThousand > REGEX_BUDGET_PER_1000 || dense.length > 0 || lists.length > 0)) process.exit(1);
