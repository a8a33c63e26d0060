import { Field, InputType } from 'type-graphql';
import { IsDate, IsOptional } from 'class-validator';
import { BadInputError } from './errors.js';

/** A half-open time window [from, to); either end may be open. */
@InputType()
export class TimeWindow {
  @Field(() => Date, { nullable: true, description: 'Inclusive start.' })
  @IsOptional() @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive end.' })
  @IsOptional() @IsDate()
  to?: Date | null;
}

/** The MikroORM condition for `field` in `window`; `name` is the argument's name for errors. */
export function windowCondition(field: string, window: TimeWindow | null | undefined, name: string): Record<string, unknown> {
  if (!window) return {};
  const { from, to } = window;
  if (from && to && from.getTime() >= to.getTime()) {
    throw new BadInputError(name, `from (${from.toISOString()}) must be before to (${to.toISOString()})`);
  }
  const range: Record<string, Date> = {};
  if (from) range.$gte = from;
  if (to) range.$lt = to;
  return Object.keys(range).length ? { [field]: range } : {};
}

/** Live rows unless archived ones are asked for. */
export function archivedCondition(includeArchived: boolean | null | undefined): Record<string, unknown> {
  return includeArchived ? {} : { archivedAt: null };
}
