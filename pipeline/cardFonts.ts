import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { cacheDir } from './cacheDir.ts';
import { woffToSfnt } from './woffToSfnt.ts';

/**
 * The fonts social cards are drawn with, from npm: the site's own faces for Latin, and Noto for
 * every other script the site ships. sharp draws text with Pango (HarfBuzz shaping, bidi), which
 * finds fonts through fontconfig; the build points fontconfig at these files and nothing else, so a
 * card is drawn the same on every machine and a character no font here has shows as a box on
 * every machine too (`missingGlyphs` finds those before drawing).
 */

export type CardRole = 'serif' | 'sans';
/** The scripts with fonts of their own; `latin` also stands for anything without one. */
export type CardScript = 'latin' | 'greek-cyrillic' | 'arabic' | 'ja' | 'zh';

interface Face {
  role: CardRole;
  script: CardScript;
  family: string;
  /** The subsets' names in the package's files; `slices` are the numbered unicode-range slices. */
  subsets: readonly string[];
  weights: readonly number[];
}

const HEADLINE = [600, 700] as const;
const LABEL = [700] as const;
// The CJK packages split their script into ~120 numbered slices (a "japanese" or "chinese" file
// has only the commonest ~7,000 characters); their own Latin is drawn to sit with the ideographs.
const CJK = ['slices', 'latin', 'latin-ext'] as const;
const faces: readonly Face[] = [
  {
    role: 'serif',
    script: 'latin',
    family: 'newsreader',
    subsets: ['latin', 'latin-ext', 'vietnamese'],
    weights: HEADLINE,
  },
  {
    role: 'serif',
    script: 'greek-cyrillic',
    family: 'noto-serif',
    subsets: ['greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'],
    weights: HEADLINE,
  },
  { role: 'serif', script: 'arabic', family: 'noto-naskh-arabic', subsets: ['arabic'], weights: HEADLINE },
  { role: 'serif', script: 'ja', family: 'noto-serif-jp', subsets: CJK, weights: HEADLINE },
  { role: 'serif', script: 'zh', family: 'noto-serif-sc', subsets: CJK, weights: HEADLINE },
  {
    role: 'sans',
    script: 'latin',
    family: 'public-sans',
    subsets: ['latin', 'latin-ext', 'vietnamese'],
    weights: LABEL,
  },
  {
    role: 'sans',
    script: 'greek-cyrillic',
    family: 'noto-sans',
    subsets: ['greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'],
    weights: LABEL,
  },
  { role: 'sans', script: 'arabic', family: 'noto-sans-arabic', subsets: ['arabic'], weights: LABEL },
  { role: 'sans', script: 'ja', family: 'noto-sans-jp', subsets: CJK, weights: LABEL },
  { role: 'sans', script: 'zh', family: 'noto-sans-sc', subsets: CJK, weights: LABEL },
];

/** The family name fontconfig gives every file of a face (one family per role and script). */
export const cardFamily = (role: CardRole, script: CardScript): string => `Dispatch Card ${role} ${script}`;

/**
 * The order faces are tried in for text of a script: its own face first, and that face draws the
 * Latin letters and digits in it too (as on the site, see src/styles/fonts.css), then the others
 * for words in other scripts.
 */
export function cardStack(role: CardRole, script: CardScript): string[] {
  const order: CardScript[] = ['latin', 'greek-cyrillic', 'arabic', 'ja', 'zh'];
  const first: CardScript = script === 'greek-cyrillic' ? 'latin' : script;
  return [first, ...order.filter((other) => other !== first)].map((each) => cardFamily(role, each));
}

const require = createRequire(import.meta.url);
const packageDir = (family: string) => path.dirname(require.resolve(`@fontsource/${family}/package.json`));
const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** What the fonts are (packages, versions, and which files of them): part of every card's cache key, and the name of their folder. */
export const cardFontsVersion = [
  ...[...new Set(faces.map(({ family }) => `@fontsource/${family}`))].map((name) => `${name} ${version(name)}`),
  JSON.stringify(faces),
].join('\n');

interface FontFile {
  face: Face;
  source: string;
  /** Relative to the fonts folder: `<role>-<script>/<name>.otf`. */
  target: string;
}

function fontFiles(): FontFile[] {
  return faces.flatMap((face) => {
    const dir = path.join(packageDir(face.family), 'files');
    const subsets = face.subsets.map((subset) => (subset === 'slices' ? '\\d+' : subset)).join('|');
    const name = new RegExp(`^${face.family}-(${subsets})-(${face.weights.join('|')})-normal\\.woff$`);
    const files = readdirSync(dir).filter((file) => name.test(file));
    if (files.length < face.subsets.length * face.weights.length)
      throw new Error(`@fontsource/${face.family} lacks some of the card's files (${face.subsets.join(', ')})`);
    return files.map((file) => ({
      face,
      source: path.join(dir, file),
      target: path.join(`${face.role}-${face.script}`, file.replace(/\.woff$/, '.otf')),
    }));
  });
}

const fontConfig = (fontsDir: string): string => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${fontsDir}</dir>
  <cachedir>${path.join(fontsDir, '.fontconfig')}</cachedir>
${faces
  .map(
    ({ role, script }) => `  <match target="scan">
    <test name="file" compare="contains"><string>/${role}-${script}/</string></test>
    <edit name="family" mode="assign_replace"><string>${cardFamily(role, script)}</string></edit>
  </match>`,
  )
  .join('\n')}
</fontconfig>
`;

/**
 * The fonts folder in the build cache, written once per machine and font version: every file
 * unwrapped from WOFF, the characters each family has (coverage.json), and a fontconfig file
 * that knows only this folder.
 */
export function cardFontsFolder(root = cacheDir('dispatch-card-fonts')): string {
  const dir = path.join(root, createHash('sha1').update(cardFontsVersion).digest('hex').slice(0, 12));
  if (existsSync(path.join(dir, 'fonts.conf'))) return dir;
  // Written aside and renamed into place: a parallel build or a stopped one leaves no half folder.
  const partial = `${dir}.${process.pid}-${Date.now()}`;
  for (const { source, target } of fontFiles()) {
    mkdirSync(path.dirname(path.join(partial, target)), { recursive: true });
    writeFileSync(path.join(partial, target), woffToSfnt(readFileSync(source)));
  }
  writeFileSync(path.join(partial, 'coverage.json'), JSON.stringify(readCoverage(partial)));
  writeFileSync(path.join(partial, 'fonts.conf'), fontConfig(dir));
  try {
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'fonts.conf'))) throw error;
  }
  return dir;
}

/**
 * Points fontconfig at the card fonts. It reads its configuration once per process, from the
 * process's real environment, which only the main thread can set (a worker's `process.env` is a
 * copy): the build calls this before it starts the workers that draw cards.
 */
export function installCardFonts(root?: string): void {
  const file = path.join(cardFontsFolder(root), 'fonts.conf');
  if (process.env.FONTCONFIG_FILE === file) return;
  if (!isMainThread) throw new Error('installCardFonts() must run on the main thread, before the workers start');
  process.env.FONTCONFIG_FILE = file;
}

/** Whether fontconfig will find the card fonts in this thread (set up by `installCardFonts`). */
export const cardFontsInUse = (): boolean =>
  process.env.FONTCONFIG_FILE !== undefined &&
  process.env.FONTCONFIG_FILE === path.join(cardFontsFolder(), 'fonts.conf');

/** The characters each family has, as ranges of code points, read from the fonts' cmaps. */
function readCoverage(folder: string): Record<string, [number, number][]> {
  // Required here, not imported: loading fontkit takes ~140 ms, and only a machine's first build reads fonts.
  const fontkit = require('fontkit') as typeof import('fontkit');
  const families = new Map<string, Set<number>>();
  for (const { face, target } of fontFiles()) {
    const family = cardFamily(face.role, face.script);
    const characters = families.get(family) ?? new Set<number>();
    // The files fontconfig reads, so what is checked is what is drawn.
    const font = fontkit.create(readFileSync(path.join(folder, target)));
    if (!('characterSet' in font)) throw new Error(`${target} is a font collection, not a font`);
    for (const character of font.characterSet) characters.add(character);
    families.set(family, characters);
  }
  return Object.fromEntries(
    [...families].map(([family, characters]) => {
      const ranges: [number, number][] = [];
      for (const code of [...characters].sort((a, b) => a - b)) {
        const last = ranges.at(-1);
        if (last && last[1] === code - 1) last[1] = code;
        else ranges.push([code, code]);
      }
      return [family, ranges];
    }),
  );
}

let coverage: Map<string, Set<number>> | undefined;
function familyCoverage(): Map<string, Set<number>> {
  if (coverage) return coverage;
  const ranges = JSON.parse(readFileSync(path.join(cardFontsFolder(), 'coverage.json'), 'utf8')) as Record<
    string,
    [number, number][]
  >;
  coverage = new Map(
    Object.entries(ranges).map(([family, spans]) => {
      const characters = new Set<number>();
      for (const [from, to] of spans) for (let code = from; code <= to; code++) characters.add(code);
      return [family, characters];
    }),
  );
  return coverage;
}

// Characters that are never drawn: spaces, joiners and marks of direction.
const invisible = /[\p{White_Space}\p{Cc}\p{Cf}]/u;

/**
 * The characters of `text` that none of `families` draws (each once, in order): what would be a
 * box on the card. `families` defaults to every card font.
 */
export function missingGlyphs(text: string, families?: readonly string[]): string[] {
  const byFamily = familyCoverage();
  const sets = (families ?? [...byFamily.keys()]).map((family) => {
    const set = byFamily.get(family);
    if (!set) throw new Error(`no card font is called ${family}`);
    return set;
  });
  const missing = new Set<string>();
  for (const character of text) {
    if (invisible.test(character)) continue;
    const code = character.codePointAt(0)!;
    if (!sets.some((set) => set.has(code))) missing.add(character);
  }
  return [...missing];
}
