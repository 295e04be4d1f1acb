import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchPartitionsPath } from '../src/search/searchPaths.ts';
import type { Content } from './check/readContent.ts';
import type { OutputWriter } from './output/job.ts';
import { partitionList, searchPartitions, writeSearchPartition } from './searchIndex.ts';

/** A writer into a plain folder, for output nobody keeps a manifest of. */
function folderWriter(dir: string): OutputWriter {
  return {
    dir,
    file: (sitePath, data) => {
      mkdirSync(path.dirname(path.join(dir, sitePath)), { recursive: true });
      writeFileSync(path.join(dir, sitePath), data);
    },
    link: (from, sitePath) => {
      mkdirSync(path.dirname(path.join(dir, sitePath)), { recursive: true });
      writeFileSync(path.join(dir, sitePath), readFileSync(from));
    },
    record: () => {},
  };
}

/**
 * The dev server's search: the content's indexes, made as the build makes them (its partitions,
 * its records), into a temporary folder, the first time the search page asks. Returns the folder;
 * the one before it, of older content, is removed.
 */
export async function writeDevSearch(
  content: Pick<Content, 'editions' | 'records'>,
  previous?: string,
): Promise<string> {
  if (previous) rmSync(previous, { recursive: true, force: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-dev-search-'));
  const out = folderWriter(dir);
  const partitions = searchPartitions(content.editions.flatMap((edition) => edition.entries));
  for (const partition of partitions) {
    await writeSearchPartition(partition, (slug) => content.records(slug).search, out);
  }
  out.file(searchPartitionsPath, JSON.stringify(partitionList(partitions)));
  return dir;
}
