import { Field, Float, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, IsPositive, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

/** How and whether an instance is synced: the same fields on create and update. */
@InputType()
abstract class ConnectorInstanceSyncSettings {
  @Field(() => Int, { nullable: true, description: 'Minutes between scheduled syncs (default 60).' })
  @IsOptional() @IsInt() @Min(1) @Max(10080)
  syncIntervalMinutes?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Float, { nullable: true, description: "Requests per second to the vendor (default: the connector's)." })
  @IsOptional() @IsPositive() @Max(100_000)
  requestsPerSecond?: number | null;
}

@InputType()
export class CreateConnectorInstanceInput extends ConnectorInstanceSyncSettings {
  @Field(() => String, { description: 'Connector id, e.g. connectwise (see connectorKinds).' })
  @Matches(/^[a-z][a-z0-9-]{1,39}$/)
  kind!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => GraphQLJSONObject, { description: "The connector's config, secrets included; checked against its spec. Secrets are encrypted and never returned." })
  config!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Overrides of the default mappings: { statuses, priorities, tiers, types, companies }.' })
  mappings?: Record<string, unknown> | null;

}

@InputType()
export class UpdateConnectorInstanceInput extends ConnectorInstanceSyncSettings {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 120)
  name?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Fields to change; secret fields left out keep their stored values.' })
  config?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Replaces the instance mappings.' })
  mappings?: Record<string, unknown> | null;

}
