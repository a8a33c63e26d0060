import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantRow } from '../domain/tenant-row.js';

/** A customer satisfaction survey answer on a ticket. */
@ObjectType()
@Entity({ tableName: 'csat_response' })
export class CsatResponse extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  ticketId!: string;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => Float)
  @Property({ type: 'double' })
  score!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  scaleMin!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  scaleMax!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Float, { description: '(score - min) / (max - min), 0..1.' })
  get normalizedScore(): number {
    return (this.score - this.scaleMin) / (this.scaleMax - this.scaleMin);
  }
}
