import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations in schema/operations (the API tests use them; a front end
 * points `documents` at its own sources and `schema` at schema/schema.graphql the same way).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};

export default config;
