import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantOwned } from '../domain/tenant-owned.js';

/** An installed connector: which system, its non-secret config, its mappings. Secrets are never exposed. */
@ObjectType()
@Entity({ tableName: 'connector_instance' })
export class ConnectorInstance extends TenantOwned {
  @Field(() => String, { description: 'Connector id, e.g. connectwise.' })
  @Property({ type: 'string' })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: 'Configuration without its secret fields.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  config: Record<string, unknown> = {};

  /** AES-256-GCM ciphertext of the secret config fields (api/secrets); no GraphQL field, hidden from serialization. */
  @Property({ type: 'blob', columnType: 'bytea', nullable: true, hidden: true })
  secretsCiphertext?: Buffer | null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json', columnType: 'jsonb' })
  mappings: Record<string, unknown> = {};

  @Field(() => Boolean, { description: 'Disabled instances keep their data but are not synced on schedule.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Field(() => Int, { description: 'Minutes between scheduled syncs.' })
  @Property({ type: 'integer' })
  syncIntervalMinutes: number = 60;

  @Field(() => Float, { nullable: true, description: "Requests per second to the vendor; null uses the connector's default." })
  @Property({ type: 'double', nullable: true })
  requestsPerSecond?: number | null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();

  @Field(() => Boolean, { description: 'Whether secret config fields are stored (their values are never returned).' })
  get secretsConfigured(): boolean {
    return this.secretsCiphertext != null;
  }
}
