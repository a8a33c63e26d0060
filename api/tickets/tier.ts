import { registerEnumType } from 'type-graphql';

export enum Tier {
  TIER1 = 'TIER1',
  TIER2 = 'TIER2',
  TIER3 = 'TIER3',
  OTHER = 'OTHER',
}

registerEnumType(Tier, { name: 'Tier', description: 'Support tier, derived from board / queue / group by a mapping. Order: OTHER < TIER1 < TIER2 < TIER3.' });
