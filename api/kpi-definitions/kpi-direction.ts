import { registerEnumType } from 'type-graphql';

export enum KpiDirection {
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
}

registerEnumType(KpiDirection, { name: 'KpiDirection', description: 'Whether lower or higher values are better.' });
