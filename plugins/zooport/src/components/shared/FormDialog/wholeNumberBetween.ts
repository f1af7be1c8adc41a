/** Whether a form field's text is a whole number from `lowest` to `highest`. */
export function wholeNumberBetween(
  text: string,
  lowest: number,
  highest: number,
): boolean {
  const value = Number(text);
  return Number.isInteger(value) && value >= lowest && value <= highest;
}
