/** A share of 0 to 1 as whole percent; null stays null (nothing counted). */
export function percentOf(share: number): number;
export function percentOf(share: number | null): number | null;
export function percentOf(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** Minutes as hours to one decimal, for a chart's axis. */
export function hoursOf(minutes: number): number;
export function hoursOf(minutes: number | null): number | null;
export function hoursOf(minutes: number | null): number | null {
  return minutes === null ? null : Math.round((minutes / 60) * 10) / 10;
}
