import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from '../../api/graphql/print-schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});
