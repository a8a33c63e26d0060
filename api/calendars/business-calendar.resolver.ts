import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { BusinessCalendar } from './business-calendar.entity.js';
import { BusinessCalendarVersion } from './business-calendar-version.entity.js';
import {
  BusinessCalendarVersionInput, CalendarFilter, CreateBusinessCalendarInput, UpdateBusinessCalendarInput,
} from './business-calendar.inputs.js';
import { BusinessCalendarService } from './business-calendar.service.js';

@Resolver(() => BusinessCalendar)
export class BusinessCalendarResolver extends crudResolver({
  entity: BusinessCalendar,
  singular: 'businessCalendar',
  plural: 'businessCalendars',
  filter: CalendarFilter,
  createInput: CreateBusinessCalendarInput,
  updateInput: UpdateBusinessCalendarInput,
  service: (ctx) => new BusinessCalendarService(ctx),
}) {
  @Mutation(() => BusinessCalendarVersion, { description: 'New hours from a later date; history is kept.' })
  addBusinessCalendarVersion(
    @Arg('calendarId', () => ID) calendarId: string,
    @Arg('hours', () => BusinessCalendarVersionInput) hours: BusinessCalendarVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new BusinessCalendarService(ctx).addVersion(calendarId, hours);
  }

  @FieldResolver(() => [BusinessCalendarVersion], { description: 'All versions, oldest first.' })
  versions(@Root() calendar: BusinessCalendar, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(BusinessCalendarVersion, 'calendarId', 'version').load(calendar.id);
  }
}
