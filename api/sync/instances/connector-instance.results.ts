import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'A connector this server can run.' })
export class ConnectorKind {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => GraphQLJSONObject, { description: 'JSON Schema of its config; secret fields carry "x-secret": true.' })
  configSchema!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject)
  defaultMappings!: Record<string, unknown>;
}

@ObjectType({ description: 'The outcome of one authenticated call to the vendor with the stored config.' })
export class ConnectionTestResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'config, auth, rate_limited, transient or fatal.' })
  errorKind?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;
}

@ObjectType({ description: 'A sync queued for the workers; follow it in syncRuns.' })
export class SyncRequest {
  @Field(() => ID)
  connectorInstanceId!: string;

  @Field(() => ID, { nullable: true, description: 'The job id; null when a sync of this instance was already queued.' })
  jobId?: string | null;

  @Field(() => Boolean)
  alreadyQueued!: boolean;
}
