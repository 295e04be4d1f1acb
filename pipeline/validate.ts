import path from 'node:path';
import { checkSiteConfig } from './check/siteConfig.ts';
import { formatProblem } from './check/problems.ts';

/**
 * `npm run validate [folder]`: checks a content folder (the argument, else DISPATCH_CONTENT, else
 * content/) and prints every problem at once. Exits 1 when there are errors; warnings alone pass.
 * Its site.json comes first: the stories are checked against the sections it names.
 */
if (process.argv[2]) process.env.DISPATCH_CONTENT = path.resolve(process.argv[2]);
const dir = path.resolve(process.env.DISPATCH_CONTENT ?? 'content');
const site = checkSiteConfig(dir);
if (!site.settings) {
  for (const problem of site.problems) console.log(formatProblem(problem));
  console.log(`${site.problems.length} error${site.problems.length === 1 ? '' : 's'} in the site configuration`);
  process.exitCode = 1;
} else {
  // Loaded only now: the settings every page is given are read from this folder's site.json.
  const { validateContent, validationReport } = await import('./check/validateContent.ts');
  const validation = validateContent(dir);
  for (const line of validationReport(validation)) console.log(line);
  process.exitCode = validation.errors > 0 ? 1 : 0;
}
