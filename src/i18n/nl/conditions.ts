export const conditions = {};
