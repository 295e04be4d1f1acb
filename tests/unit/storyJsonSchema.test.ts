import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaFile, storyJsonSchema } from '../../scripts/generate-json-schema.ts';
import { storySchema } from '../../src/data/schema';

const STALE = 'docs/story.schema.json does not match src/data/schema.ts: run `npm run schema` and commit the result';

test('docs/story.schema.json is generated from the current story schema', () => {
  expect(existsSync(schemaFile), STALE).toBe(true);
  expect(readFileSync(schemaFile, 'utf8'), STALE).toBe(storyJsonSchema());
});

test('the JSON Schema describes what a publisher writes', () => {
  const schema = JSON.parse(storyJsonSchema());
  expect(schema).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:dispatch:story:v1',
    title: 'Dispatch story',
  });
  expect(Object.keys(schema.properties)).toEqual(Object.keys(storySchema.shape));
  // Fields with a default (breaking, tags, comments…) may be left out of a story file.
  expect(schema.required).toEqual(['version', 'slug', 'headline', 'section', 'published', 'body']);
  expect(schema.additionalProperties).toBe(false);
  // Inline text is recursive: it refers to itself by name instead of being inlined forever.
  expect(JSON.stringify(schema.$defs.inline)).toContain('"$ref":"#/$defs/inline"');
  expect(JSON.stringify(schema.properties.body)).toContain('"$ref":"#/$defs/inline"');
});
