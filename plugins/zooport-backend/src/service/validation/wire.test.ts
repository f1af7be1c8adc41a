import { z } from 'zod';
import { wireBody, wireQuery } from './wire';

interface Vote {
  helped: boolean;
  steps: { title: string }[];
}

// The lines marked @ts-expect-error are what `yarn tsc` checks: each is a
// schema that drifted from its wire type, and must not compile.
describe('wire schemas', () => {
  it('accept a schema with the fields of its wire type', () => {
    const schema = wireBody<Vote>()(
      z.object({
        helped: z.boolean(),
        steps: z.array(z.object({ title: z.string() })).default([]),
      }),
    );
    expect(schema.parse({ helped: true })).toEqual({
      helped: true,
      steps: [],
    });
  });

  it('refuse a field on one side only, at any depth', () => {
    const extraInSchema = z.object({
      helped: z.boolean(),
      steps: z.array(z.object({ title: z.string(), minutes: z.number() })),
    });
    const missingInSchema = z.object({
      helped: z.boolean(),
      steps: z.array(z.object({})),
    });
    const refusesWireValues = z.object({
      helped: z.literal(true),
      steps: z.array(z.object({ title: z.string() })),
    });
    // @ts-expect-error steps[].minutes is not a field of Vote
    wireBody<Vote>()(extraInSchema);
    // @ts-expect-error the schema lacks steps[].title
    wireBody<Vote>()(missingInSchema);
    // @ts-expect-error helped: false is a Vote the schema refuses
    wireBody<Vote>()(refusesWireValues);
    // @ts-expect-error the query lacks the parameter steps
    wireQuery<Vote>()(z.object({ helped: z.string() }));
    expect(
      wireQuery<Vote>()(z.object({ helped: z.string(), steps: z.string() })),
    ).toBeDefined();
  });
});
