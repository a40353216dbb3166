// What a person sees in a real VS Code workbench (code-server + Chromium): the hover, the Ctrl+. quick fix and the Problems panel, each with a screenshot.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { stage } from '../vscode/stage';
import { type CodeServer, haveChromium, haveCodeServer, INSTALL_HINT, launchChromium, startCodeServer } from './codeServer';
import { requireTool, ROOT } from './tools';

/** test-output/screenshots by default; `npm run screenshots` points this at docs/images. */
const SHOTS = path.resolve(ROOT, process.env.NEWSDESK_SCREENSHOTS_DIR ?? 'test-output/screenshots');
const NAME = 'Masoud Pezeshkian';
// Monaco renders spaces as U+00A0, and Playwright's string hasText ignores case: match with regexes.
const words = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

/** Retries `attempt` until it succeeds or the deadline passes (the extension activates a second or two after the editor shows). */
async function until<T>(what: string, ms: number, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await attempt();
    } catch (e) {
      last = e;
    }
  }
  throw new Error(`${what} did not happen within ${ms} ms: ${last instanceof Error ? last.message : last}`);
}

/** The on-screen box of the first occurrence of `text` in the editor's rendered lines. */
async function boxOf(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  // These callbacks run in the page; the repository's tsconfig has no DOM types, hence `any`.
  const box = await page.evaluate((needle) => {
    const document = (globalThis as any).document;
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), 4 /* NodeFilter.SHOW_TEXT */);
    const flat = needle.replace(/ /g, '\u00a0');
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent.indexOf(flat);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + flat.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
  assert.ok(box, `“${text}” is not on screen`);
  return box;
}

/** The editor's visible text, its wrapped view lines put back together in screen order. */
async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => [...(globalThis as any).document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((l: any) => String(l.textContent).replace(/\u00a0/g, ' '))
    .join(''));
}

describe('Newsdesk in the VS Code workbench (code-server, Chromium)', function () {
  this.timeout(120000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    requireTool(this, 'code-server', haveCodeServer(), INSTALL_HINT);
    requireTool(this, 'Chromium', haveChromium(), INSTALL_HINT);
    fs.mkdirSync(SHOTS, { recursive: true });
    const staged = await stage('ui');
    server = await startCodeServer({ smokeTestDriver: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${staged.extensionDir}`], ['skipWelcome', 'true']];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(staged.workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^article\.md$/ }).click({ timeout: 30000 });
    await page.locator('.view-line', { hasText: words('Iranian President Masoud Pezeshkian') }).first().waitFor({ timeout: 30000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('hovering an untagged name shows who it is, that it is untagged and its mentions', async () => {
    const box = await boxOf(page, NAME);
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: words(`${NAME} — Person`) });
    // The hover can render before the first diagnostics arrive; hover again until it carries the warning too.
    await until('the entity hover with its warning', 30000, async () => {
      // Close the previous hover first: VS Code keeps a visible hover (and its old content) when the mouse returns.
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first().waitFor({ state: 'detached', timeout: 2000 }).catch(() => undefined);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.first().waitFor({ timeout: 2500 });
      const shown = (await page.locator('.monaco-hover:not(.hidden)').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
      assert.match(shown, /Untagged person: “Masoud Pezeshkian”/);
    });
    const text = (await hover.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /Masoud Pezeshkian — Person/);
    assert.match(text, /Not tagged; recognised by the model as person/);
    assert.match(text, /5 mentions in this article \(0 tagged\): Masoud Pezeshkian, Pezeshkian ×4/);
    const whole = (await page.locator('.monaco-hover:not(.hidden)').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
    assert.match(whole, /Untagged person: “Masoud Pezeshkian” \(4 more mentions in this article\)/, 'the warning is shown in the same hover');
    await page.screenshot({ path: path.join(SHOTS, 'hover-entity.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('Ctrl+. offers “Tag “Masoud Pezeshkian” as person” and applying it tags the name in the text', async () => {
    const box = await boxOf(page, NAME);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const row = page.locator('.action-widget .monaco-list-row', { hasText: words(`Tag “${NAME}” as person`) });
    await until('the quick fix menu', 20000, async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await row.first().waitFor({ timeout: 3000 });
    });
    const titles = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').trim());
    assert.ok(titles.some((t) => t.includes(`Tag “${NAME}” as organisation`)), titles.join(' | '));
    await page.screenshot({ path: path.join(SHOTS, 'quick-fix.png') });
    await row.first().click();
    await until('the tagged text', 10000, async () => assert.ok((await editorText(page)).includes(`Iranian President :person[${NAME}] embarked`)));
    await page.screenshot({ path: path.join(SHOTS, 'quick-fix-applied.png') });
  });

  it('the Markdown preview shows the tagged name styled as a person, not the tag', async () => {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10000 });
    await input.fill('>Markdown: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    // The preview is a webview: nested frames that load after the command; look through them until the name shows.
    const found = await until('the tagged name in the preview', 30000, async () => {
      for (const frame of page.frames()) {
        const span = frame.locator('span.newsdesk-entity.newsdesk-person', { hasText: NAME });
        if (await span.count().catch(() => 0)) return { title: await span.first().getAttribute('title'), body: await frame.locator('body').innerText() };
      }
      // Not there yet: wait for the next frame to load (the webview's inner frame) rather than poll in a busy loop,
      // which starves the page on a 2-core machine.
      await page.waitForEvent('framenavigated', { timeout: 2000 }).catch(() => undefined);
      throw new Error(`no preview frame shows ${NAME} yet (${page.frames().length} frames)`);
    });
    assert.equal(found.title, 'Person');
    assert.ok(!found.body.includes(':person['), 'the tag markup is not shown');
    await page.screenshot({ path: path.join(SHOTS, 'preview.png') });
  });

  it('the Problems panel lists the article’s findings with their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: words('Untagged person: “Mohammed Shia al-Sudani”') }).first().waitFor({ timeout: 20000 });
    const texts = async () => (await rows.allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
    // The panel refreshes when the server republishes after the tag edit (debounced): wait for it, with a deadline.
    await until('the tagged name to leave the Problems panel', 10000, async () => assert.ok(!(await texts()).some((t) => t.includes(`Untagged person: “${NAME}”`)), 'the tagged name is no longer listed'));
    const listed = await texts();
    assert.ok(listed.some((t) => /article\.md/.test(t)), listed.join(' | '));
    assert.ok(listed.some((t) => /^Untagged person: “Mohammed Shia al-Sudani”.*\s+newsdesk\s+untagged-entity\s+\[Ln 9, Col 55\]$/s.test(t)), listed.join(' | '));
    await page.screenshot({ path: path.join(SHOTS, 'problems-panel.png') });
  });
});
