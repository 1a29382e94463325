/** A count as Dutch readers write it: 12.500, not 12500 or 12,500. */
export const formatCount = (n: number): string => n.toLocaleString('nl-NL');

/**
 * The word that agrees with a count, without the count: "Er is 1 probleem", "Er zijn 2 problemen".
 * The one place that decides what is singular in Dutch (1, nothing else); `plural` uses it too.
 */
export const byCount = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * A count with its noun in the right number: "1 jongere", "0 jongeren", "2 jongeren".
 * Every place where a count meets a noun goes through this, so "1 jongeren" cannot appear.
 */
export const plural = (
  n: number,
  one: string,
  many: string,
  format: (n: number) => string = String,
): string => `${format(n)} ${byCount(n, one, many)}`;
