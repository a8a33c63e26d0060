// Writes schema/schema.graphql from the code (`npm run schema`); test/api/schema-drift.test.ts fails when it is stale.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printApiSchema } from '../api/graphql/print-schema.js';

await writeFile(new URL('../schema/schema.graphql', import.meta.url), await printApiSchema());
console.log('wrote schema/schema.graphql');
