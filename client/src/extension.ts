// The desktop client: runs the Newsdesk language server in Node (IPC) for Markdown and plain-text articles on disk
// and in unsaved buffers; everything else is shared with the web client (common.ts).
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateNewsdesk, type NewsdeskApi } from './common';

export { deactivate, type NewsdeskApi } from './common';

export function activate(context: vscode.ExtensionContext): Promise<NewsdeskApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The analysis allocates short-lived objects fast (tokens, features, parse nodes): a 64 MB young generation keeps
  // them from being promoted and collected as old ones, about a quarter off the time of a long, dense article.
  const execArgv = ['--max-semi-space-size=64'];
  // The server's compiled code is cached between starts (server/src/launch/compileCache.ts) in this extension's own
  // storage, which VS Code removes with the extension.
  const env = { ...process.env, NEWSDESK_COMPILE_CACHE: path.join(context.globalStorageUri.fsPath, 'v8') };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv, env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'], env } },
  };
  const selector = ['file', 'untitled'].flatMap((scheme) => ['markdown', 'plaintext'].map((language) => ({ scheme, language })));
  return activateNewsdesk(context, selector, (options) => new LanguageClient('newsdesk', 'Newsdesk', serverOptions, options));
}
