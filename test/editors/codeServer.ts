// Starts code-server (a real VS Code workbench, from .tools/code-server on Node 24) with throwaway profile folders, and Chromium to look at it.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './tools';

const CODE_SERVER = path.join(ROOT, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
const NODE24_BIN = path.join(ROOT, '.tools', 'node-24.21.0', 'bin');
const CHROMIUM = process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'apt-get install -y chromium libkrb5-dev && scripts/editors/setup.sh';

export const haveCodeServer = () => fs.existsSync(CODE_SERVER) && fs.existsSync(path.join(NODE24_BIN, 'node'));
export const haveChromium = () => fs.existsSync(CHROMIUM);

export interface CodeServer { url: string; port: number; stop(): Promise<void> }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A fresh user-data-dir with deterministic settings (no autosave, no welcome page, short hover delay) for every start. */
export async function startCodeServer(opts: { smokeTestDriver?: boolean } = {}): Promise<CodeServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-code-server-'));
  fs.mkdirSync(path.join(dir, 'ud', 'User'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'test', 'vscode', 'user-settings.json'), path.join(dir, 'ud', 'User', 'settings.json'));
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', path.join(dir, 'exts'), '--config', path.join(dir, 'config.yaml'),
    ...(opts.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const log: string[] = [];
  const child: ChildProcess = spawn(CODE_SERVER, args, {
    detached: true, // its own process group, so stop() ends its children too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}`, XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_DATA_HOME: path.join(dir, 'xdg-data') },
  });
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > deadline) {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
      throw new Error(`code-server did not become healthy on ${url} within 30 s:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, port,
    async stop() {
      try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
      const killer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(killer);
      // Grandchildren may still hold the pipes open, which would keep mocha's event loop alive.
      child.stdout!.destroy();
      child.stderr!.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile (never a Playwright-downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
