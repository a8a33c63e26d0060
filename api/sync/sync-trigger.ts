import { registerEnumType } from 'type-graphql';

/** What started a sync run. */
export enum SyncTrigger {
  SCHEDULE = 'SCHEDULE',
  MANUAL = 'MANUAL',
  WEBHOOK = 'WEBHOOK',
  CLI = 'CLI',
}

registerEnumType(SyncTrigger, { name: 'SyncTrigger', description: 'What started a sync run: its schedule, syncNow, a vendor webhook, or the CLI.' });
