/** A count as Dutch readers write it: 12.500, not 12500 or 12,500. */
export const formatCount = (n: number): string => n.toLocaleString('nl-NL');
