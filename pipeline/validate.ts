import path from 'node:path';
import { contentDir } from './contentFolder.ts';
import { validateContent, validationReport } from './check/validateContent.ts';

/**
 * `npm run validate [folder]`: checks a content folder (the argument, else DISPATCH_CONTENT, else
 * content/) and prints every problem at once. Exits 1 when there are errors; warnings alone pass.
 */
const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir;
const validation = validateContent(dir);
for (const line of validationReport(validation)) console.log(line);
process.exitCode = validation.errors > 0 ? 1 : 0;
