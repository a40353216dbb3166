// The web client (VS Code for the Web: vscode.dev, github.dev, code-server): runs the same language server in a web
// worker (dist/web/server.js, built with the data files inside it) for Markdown and plain-text articles of any
// scheme, since files there live in virtual file systems (vscode-vfs, github). Everything else is in common.ts.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateNewsdesk, type NewsdeskApi } from './common';

/** The browser's Worker (the project compiles without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export { deactivate, type NewsdeskApi } from './common';

export function activate(context: vscode.ExtensionContext): Promise<NewsdeskApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const selector = ['markdown', 'plaintext'].map((language) => ({ language }));
  return activateNewsdesk(context, selector, (options) => new LanguageClient('newsdesk', 'Newsdesk', options, new Worker(serverMain.toString(true))));
}
