import {
  readinessStages,
  SURVEY_COMMENT_MAX_LENGTH,
  SURVEY_LAST_DAY,
  SURVEY_SCORE_RANGE,
  SurveyAnswerInput,
  SurveySettings,
  SurveyTrendQuery,
  StageInput,
} from '@zooport/plugin-zooport-common';
import { z } from 'zod';
import { wireBody, wireQuery } from './wire';

/** The longest trend one request reads, in months. */
const MAX_TREND_MONTHS = 36;

export const surveyAnswerSchema = wireBody<SurveyAnswerInput>()(
  z
    .object({
      score: z
        .number()
        .int()
        .min(SURVEY_SCORE_RANGE.lowest)
        .max(SURVEY_SCORE_RANGE.highest),
      comment: z
        .string()
        .trim()
        .max(SURVEY_COMMENT_MAX_LENGTH)
        .optional()
        .transform(comment => comment || undefined),
    })
    .strict(),
);

export const surveySettingsSchema = wireBody<SurveySettings>()(
  z
    .object({
      enabled: z.boolean(),
      dayOfMonth: z.number().int().min(1).max(SURVEY_LAST_DAY),
    })
    .strict(),
);

export const surveyTrendQuerySchema = wireQuery<SurveyTrendQuery>()(
  z
    .object({
      months: z.coerce.number().int().min(1).max(MAX_TREND_MONTHS).default(12),
    })
    .strict(),
);

export const stageInputSchema = wireBody<StageInput>()(
  z.object({ stage: z.enum(readinessStages) }).strict(),
);
