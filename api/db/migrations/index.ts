import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000Foundation } from './Migration20261127000000Foundation.js';
import { Migration20261127010000SlaClocks } from './Migration20261127010000SlaClocks.js';
import { Migration20261127020000KpiFacts } from './Migration20261127020000KpiFacts.js';
import { Migration20261127030000KpiClientMonth } from './Migration20261127030000KpiClientMonth.js';
import { Migration20261127040000KpiFactColumns } from './Migration20261127040000KpiFactColumns.js';
import { Migration20261127150000ServiceReviewCycle } from './Migration20261127150000ServiceReviewCycle.js';
import { Migration20261128010000ConnectorSync } from './Migration20261128010000ConnectorSync.js';
import { Migration20261128020000KpiClientMonthRollup } from './Migration20261128020000KpiClientMonthRollup.js';
import { Migration20261129000000BiViews } from './Migration20261129000000BiViews.js';

/** Committed migrations in order; listed so they load the same from src (tests) and dist (CLI). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261127000000Foundation', class: Migration20261127000000Foundation },
  { name: 'Migration20261127010000SlaClocks', class: Migration20261127010000SlaClocks },
  { name: 'Migration20261127020000KpiFacts', class: Migration20261127020000KpiFacts },
  { name: 'Migration20261127030000KpiClientMonth', class: Migration20261127030000KpiClientMonth },
  { name: 'Migration20261127040000KpiFactColumns', class: Migration20261127040000KpiFactColumns },
  { name: 'Migration20261127150000ServiceReviewCycle', class: Migration20261127150000ServiceReviewCycle },
  { name: 'Migration20261128010000ConnectorSync', class: Migration20261128010000ConnectorSync },
  { name: 'Migration20261128020000KpiClientMonthRollup', class: Migration20261128020000KpiClientMonthRollup },
  { name: 'Migration20261129000000BiViews', class: Migration20261129000000BiViews },
];
