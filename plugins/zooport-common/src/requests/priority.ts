import { ImpactLevel, RequestPriority, UrgencyLevel } from './types';

const priorityMatrix: Record<
  ImpactLevel,
  Record<UrgencyLevel, RequestPriority>
> = {
  high: { high: 'urgent', medium: 'high', low: 'medium' },
  medium: { high: 'high', medium: 'medium', low: 'low' },
  low: { high: 'medium', medium: 'low', low: 'low' },
};

/**
 * The priority of a request from its impact and urgency:
 *
 * | impact \ urgency | high   | medium | low    |
 * | ---------------- | ------ | ------ | ------ |
 * | high             | urgent | high   | medium |
 * | medium           | high   | medium | low    |
 * | low              | medium | low    | low    |
 *
 * @public
 */
export function priorityOf(
  impact: ImpactLevel,
  urgency: UrgencyLevel,
): RequestPriority {
  return priorityMatrix[impact][urgency];
}
