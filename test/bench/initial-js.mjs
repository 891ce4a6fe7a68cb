import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static `import … from "x"`, `import "x"` and `export … from "x"`; dynamic import("x") is left out on purpose. */
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Every JS file the page loads before any lazy chunk: the entry scripts, modulepreloads and their static imports. */
export function initialScripts(rendererDir) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => resolve(rendererDir, match[1] ?? ''));
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) queue.push(resolve(dirname(file), match[1] ?? ''));
  }
  return [...seen].map((file) => relative(rendererDir, file)).sort();
}

export function gzipKb(rendererDir, files) {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
