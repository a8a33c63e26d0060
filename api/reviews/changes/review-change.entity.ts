import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';

export enum ReviewChangeKind {
  SLA_TARGETS = 'SLA_TARGETS',
  CSF_INTRODUCED = 'CSF_INTRODUCED',
  CSF_REVISED = 'CSF_REVISED',
  CSF_RETIRED = 'CSF_RETIRED',
  KPI_INTRODUCED = 'KPI_INTRODUCED',
  KPI_REVISED = 'KPI_REVISED',
}
registerEnumType(ReviewChangeKind, { name: 'ReviewChangeKind', description: 'What a semi-annual or annual review changed.' });

/** A change a semi-annual or annual review made to the client's SLA targets, CSFs or KPIs. Never updated. */
@ObjectType({ description: "A change a semi-annual or annual review made to the client's SLA targets, CSFs or KPI definitions, from a date." })
@Entity({ tableName: 'review_change' })
export class ReviewChange extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  reviewId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ReviewChangeKind)
  @Property({ type: 'string' })
  kind!: ReviewChangeKind;

  @Field(() => ID, { description: 'What it created or changed: the SLA policy version, the CSF or the KPI definition.' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD from which it applies.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => String, { description: 'What changed, for people: e.g. SLA policy "Acme SLA" v2 from 2026-02-01: P1 resolution 240 -> 180 min.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
