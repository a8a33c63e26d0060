import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('schema/generated (typed documents)', () => {
  it('is what graphql-codegen makes of schema/ today (run `npm run schema` after changing the API)', async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const outputs = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        expect({ file: output.filename, content: await readFile(path.join(root, output.filename), 'utf8') })
          .toEqual({ file: output.filename, content: output.content });
      }
    } finally {
      process.chdir(previous);
    }
  });
});
