import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiFigureEnum } from '../../kpis/graphql/kpi-enums.js';

export enum CsiMeasurementKind {
  BASELINE = 'BASELINE',
  COMPLETION = 'COMPLETION',
}
registerEnumType(CsiMeasurementKind, { name: 'CsiMeasurementKind', description: 'BASELINE: recorded on approval. COMPLETION: recorded when done.' });

/** A target KPI's value recorded for a CSI item on approval (baseline) or when done (completion). Never updated. */
@ObjectType({ description: "A target KPI's value recorded for a CSI item on approval (BASELINE) or when it was done (COMPLETION)." })
@Entity({ tableName: 'csi_kpi_measurement' })
export class CsiKpiMeasurement extends TenantRow {
  @Property({ type: 'uuid' })
  csiItemId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => CsiMeasurementKind)
  @Property({ type: 'string' })
  kind!: CsiMeasurementKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  kpiDefinitionId!: string;

  @Field(() => KpiKey)
  @Property({ type: 'string' })
  key!: KpiKey;

  @Field(() => KpiFigureEnum)
  @Property({ type: 'string' })
  figure!: KpiFigureEnum;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  denominator?: number | null;

  /** Local date, inclusive. */
  @Property({ type: 'string', columnType: 'date' })
  periodFrom!: string;

  /** Local date, exclusive. */
  @Property({ type: 'string', columnType: 'date' })
  periodTo!: string;

  @Field(() => ID, { nullable: true, description: "The review whose frozen snapshot gave the value; null when computed from the month's data." })
  @Property({ type: 'uuid', nullable: true })
  reviewId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}
