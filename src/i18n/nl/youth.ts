export const youth = {};
