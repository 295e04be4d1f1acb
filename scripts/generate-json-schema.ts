import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { FORMAT_VERSION, inlineSchema, storySchema } from '../src/data/schema.ts';
import { SITE_FORMAT_VERSION, siteSchema } from '../src/site/siteSchema.ts';

/** Where the JSON Schemas for publishers live (from the project root, like the content folder). */
export const schemaFile = path.resolve('docs', 'story.schema.json');
export const siteSchemaFile = path.resolve('docs', 'site.schema.json');

/**
 * The story format as JSON Schema, for editors and CMSs, generated from the zod schema so the
 * two never disagree. It describes what a publisher writes (`io: 'input'`), so fields with a
 * default are optional. Checks that are code rather than shape (safe link schemes, image paths,
 * an update after publication) only `npm run build` makes.
 */
export function storyJsonSchema(): string {
  // Inline text nests inside itself (emphasis within a link within strong text). zod 4 emits such a
  // cycle as a `$ref` to a definition (its default `cycles: 'ref'`); the id names that definition.
  if (!z.globalRegistry.has(inlineSchema)) {
    z.globalRegistry.add(inlineSchema, {
      id: 'inline',
      description:
        'Inline text: a plain string, or { "type": "em" | "strong", "children": [...] }, or { "type": "link", "href": "https://…", "children": [...] }',
    });
  }
  const { $schema, ...schema } = z.toJSONSchema(storySchema, { io: 'input' });
  const document = {
    $schema,
    $id: `urn:dispatch:story:v${FORMAT_VERSION}`,
    title: 'Dispatch story',
    description: `One story for a Dispatch site, format version ${FORMAT_VERSION}: content/stories/<slug>.json. See docs/content.md.`,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** content/site.json as JSON Schema, from the same zod schema the build checks it with. */
export function siteJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(siteSchema, { io: 'input' });
  const document = {
    $schema,
    $id: `urn:dispatch:site:v${SITE_FORMAT_VERSION}`,
    title: 'Dispatch site configuration',
    description: `A Dispatch site's settings, format version ${SITE_FORMAT_VERSION}: content/site.json. See docs/content.md.`,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(schemaFile, storyJsonSchema());
  writeFileSync(siteSchemaFile, siteJsonSchema());
  console.log(`Wrote ${schemaFile} and ${siteSchemaFile}`);
}
