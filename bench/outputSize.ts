import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateStories } from './generateStories.ts';

/**
 * `npm run bench:size -- 10000`: generates N stories, builds them once, and prints what `dist/`
 * weighs, folder by folder and per story: the bytes a deploy uploads (each file's size; a file
 * hard-linked from the cache counts in full, as it is uploaded in full).
 */
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('usage: npm run bench:size -- <number of stories>');

const work = path.join(tmpdir(), `dispatch-size-${count}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
generateStories(count, content);
execFileSync('npm', ['run', '--silent', 'build'], {
  env: {
    ...process.env,
    DISPATCH_CONTENT: content,
    DISPATCH_OUT_DIR: outDir,
    DISPATCH_CACHE_DIR: path.join(work, 'cache'),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** Bytes and files under a folder, links to folders followed (dist/ is a link to the tree built last). */
function weigh(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const stat = lstatSync(file);
    if (stat.isDirectory()) {
      const inner = weigh(file);
      bytes += inner.bytes;
      files += inner.files;
    } else if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

const root = realpathSync(outDir);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const rows = readdirSync(root, { withFileTypes: true }).map((entry) => {
  const file = path.join(root, entry.name);
  return {
    name: entry.isDirectory() ? `${entry.name}/` : entry.name,
    ...(entry.isDirectory() ? weigh(file) : { bytes: lstatSync(file).size, files: 1 }),
  };
});
const whole = weigh(root);
console.log(`\n| dist/ for ${count} stories | size | files | per story |`);
console.log('|---|---|---|---|');
for (const { name, bytes, files } of rows
  .sort((a, b) => b.bytes - a.bytes)
  .filter(({ bytes }) => bytes >= whole.bytes / 1000)) {
  console.log(`| ${name} | ${mb(bytes)} | ${files} | ${(bytes / count / 1024).toFixed(1)} KB |`);
}
console.log(`| **all** | **${mb(whole.bytes)}** | ${whole.files} | ${(whole.bytes / count / 1024).toFixed(1)} KB |`);
