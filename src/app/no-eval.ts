// Zod probes `new Function` to compile faster parsers. The Content-Security-Policy
// forbids eval, so the probe is refused and reported as a violation. Jitless zod
// never tries. Set through zod's global config object (read when a schema is
// created), so this module stays free of zod and runs before any schema exists:
// it is the first import of app.tsx.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
