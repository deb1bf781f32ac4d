import fc from "fast-check";
import {
  AudienceGroup,
  Period,
  ProgramCategory,
  ResourceKind,
  SchoolLevel,
  type Audience,
  type Cost,
  type Need,
  type Precedence,
  type Program,
  type Schedule,
  type StageGate,
} from "@lontar/core";
import { conditionArb } from "./condition.js";
import { dateRangeArb, identifierArb, localDateTimeArb, rupiahArb, sourceSpanArb, textArb, timeRangeArb, weeklyWindowArb } from "./primitives.js";

const minutes = fc.integer({ min: 1, max: 60 * 24 });

/** Arbitraries of each schedule kind, as parsed (defaults filled in). */
export const scheduleArbs: { readonly [K in Schedule["kind"]]: () => fc.Arbitrary<Extract<Schedule, { kind: K }>> } = {
  rrule: () =>
    fc.record({
      kind: fc.constant("rrule" as const),
      dtstart: localDateTimeArb(),
      rrule: fc.constantFrom("FREQ=WEEKLY;BYDAY=TU,FR", "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12", "FREQ=DAILY;UNTIL=20191220T235959"),
      durationMinutes: minutes,
      exdates: fc.array(localDateTimeArb(), { maxLength: 2 }),
      exceptRanges: fc.array(dateRangeArb(), { maxLength: 2 }),
      rdates: fc.array(localDateTimeArb(), { maxLength: 2 }),
      skipClosures: fc.boolean(),
    }, { noNullPrototype: true }),
  once: () => fc.record({ kind: fc.constant("once" as const), start: localDateTimeArb(), durationMinutes: minutes, skipClosures: fc.boolean() }, { noNullPrototype: true }),
  range: () =>
    fc.tuple(dateRangeArb(), timeRangeArb(), fc.boolean()).map(([range, hours, skipClosures]) => ({
      kind: "range" as const,
      range,
      dailyStart: hours.start,
      dailyEnd: hours.end,
      skipClosures,
    })),
  flexible: () =>
    fc.record(
      {
        kind: fc.constant("flexible" as const),
        count: fc.integer({ min: 1, max: 10 }),
        per: fc.constantFrom(...Period.options),
        windows: fc.array(weeklyWindowArb(), { minLength: 1, maxLength: 3 }),
        durationMinutes: minutes,
        within: dateRangeArb(),
        skipClosures: fc.boolean(),
      },
      { noNullPrototype: true, requiredKeys: ["kind", "count", "per", "windows", "durationMinutes", "skipClosures"] },
    ),
};

/** Any schedule. */
export const scheduleArb = (): fc.Arbitrary<Schedule> => fc.oneof(...Object.values(scheduleArbs).map((arb) => arb() as fc.Arbitrary<Schedule>));

const audienceArb = (): fc.Arbitrary<Audience> =>
  fc.record({ group: fc.constantFrom(...AudienceGroup.options), schoolLevel: fc.constantFrom(...SchoolLevel.options) }, { noNullPrototype: true, requiredKeys: ["group"] });

const needArb = (): fc.Arbitrary<Need> =>
  fc.record(
    {
      kind: fc.constantFrom(...ResourceKind.options.filter((k) => k !== "budget")) as fc.Arbitrary<Need["kind"]>,
      resource: identifierArb(),
      quantity: fc.integer({ min: 1, max: 1000 }),
      role: identifierArb(),
      skill: identifierArb(),
      features: fc.array(identifierArb(), { maxLength: 2 }),
      minCapacity: fc.integer({ min: 1, max: 500 }),
      preferred: identifierArb(),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["kind", "quantity", "features"] },
  );

const costArb = (): fc.Arbitrary<Cost> =>
  fc.record(
    { amount: rupiahArb(), per: fc.constantFrom("session" as const, "participant" as const, "program" as const), budget: identifierArb(), source: sourceSpanArb() },
    { noNullPrototype: true, requiredKeys: ["amount", "per"] },
  );

const precedenceArb = (): fc.Arbitrary<Precedence> =>
  fc.record(
    { relation: fc.constantFrom("before" as const, "after" as const), program: identifierArb(), gapDays: fc.integer({ min: 0, max: 3660 }), source: sourceSpanArb() },
    { noNullPrototype: true, requiredKeys: ["relation", "program", "gapDays"] },
  );

const gateArb = (): fc.Arbitrary<StageGate> => fc.record({ minStage: identifierArb(), condition: conditionArb(3) }, { noNullPrototype: true, requiredKeys: [] });

/** Programs as parsed; `schedule` fixes the schedule arbitrary (e.g. one kind only). */
export const programArb = (schedule: fc.Arbitrary<Schedule> = scheduleArb()): fc.Arbitrary<Program> =>
  fc.record(
    {
      id: identifierArb(),
      title: textArb(),
      description: textArb(),
      library: identifierArb(),
      category: fc.constantFrom(...ProgramCategory.options),
      audience: fc.array(audienceArb(), { maxLength: 2 }),
      schedules: fc.array(schedule, { minLength: 1, maxLength: 3 }),
      sites: fc.array(identifierArb(), { maxLength: 3 }),
      siteMode: fc.constantFrom("fixed" as const, "rotating" as const),
      expectedParticipants: fc.integer({ min: 1, max: 1000 }),
      needs: fc.array(needArb(), { maxLength: 2 }),
      costs: fc.array(costArb(), { maxLength: 2 }),
      partners: fc.array(identifierArb(), { maxLength: 2 }),
      gate: gateArb(),
      precedences: fc.array(precedenceArb(), { maxLength: 2 }),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["id", "title", "library", "category", "audience", "schedules", "sites", "siteMode", "needs", "costs", "partners", "precedences"] },
  );
