import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { Role } from './role.js';

/** A bearer token. Only its SHA-256 is stored; the token itself is shown once, at creation. */
@ObjectType()
@Entity({ tableName: 'api_token' })
export class ApiToken extends TenantOwned {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Role)
  @Property({ type: 'string' })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Property({ type: 'blob', columnType: 'bytea', hidden: true })
  tokenHash!: Buffer;

  @Field(() => String, { description: 'The first characters of the token, to recognise it.' })
  @Property({ type: 'string' })
  prefix!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
