/** A file as error messages show it: relative to the project when inside it, else absolute. */
import path from 'node:path';

export function displayPath(file: string, root: string = process.cwd()): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') ? path.resolve(root, file) : relative;
}
