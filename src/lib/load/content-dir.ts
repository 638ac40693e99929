/** Where the content lives: `content/` unless REGISTRY_CONTENT points elsewhere (fixtures, bench). */
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['REGISTRY_CONTENT'] ?? 'content');
}
