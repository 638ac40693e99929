// Indexes a built site with Pagefind's Node API, the way the registry's build does.
import { close, createIndex } from 'pagefind';
import path from 'node:path';

const site = process.argv[2];
try {
  const { index } = await createIndex({});
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(added.errors.join('; '));
  await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
} finally {
  await close();
}
