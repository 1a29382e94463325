/** A count as Dutch readers write it: 12.500, not 12500 or 12,500. */
export const formatCount = (n: number): string => n.toLocaleString('nl-NL');

/**
 * A count with its noun in the right number: "1 jongere", "0 jongeren", "2 jongeren".
 * Every place where a count meets a noun goes through this, so "1 jongeren" cannot appear.
 */
export const plural = (
  n: number,
  one: string,
  many: string,
  format: (n: number) => string = String,
): string => `${format(n)} ${n === 1 ? one : many}`;
