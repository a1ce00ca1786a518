import { z } from 'zod';

/** An ISO 8601 instant with `Z` or an offset. */
export const instantSchema = z.iso.datetime({
  offset: true,
  message: 'Expected an ISO 8601 instant with Z or an offset',
});
/** An ISO 8601 duration such as P1D or PT2H30M. */
export const durationSchema = z
  .string()
  .regex(
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
    'Expected an ISO 8601 duration such as P1D or PT2H',
  );
/** Either an instant, or a duration counted from the scenario's start. */
export const instantOrDurationSchema = z.union([instantSchema, durationSchema]);
