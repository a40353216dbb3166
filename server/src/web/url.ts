// Node's `url` helpers for file URIs, as the web worker build needs them (esbuild.mjs aliases `url` here), made with
// vscode-uri, the URI library VS Code itself uses in the browser.
import { URI } from 'vscode-uri';

/** A `file:` URI's path; throws TypeError for any other scheme, as Node's fileURLToPath does. */
export function fileURLToPath(uri: string | URL): string {
  const parsed = URI.parse(uri.toString());
  if (parsed.scheme !== 'file') throw new TypeError(`The URL must be of scheme file: ${uri.toString()}`);
  return parsed.fsPath;
}

/** The `file:` URI of an absolute path. */
export function pathToFileURL(path: string): URL {
  return new URL(URI.file(path).toString());
}
