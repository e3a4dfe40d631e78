// Runs before the app's modules: Zod reads this when its schemas are built and would otherwise probe
// `new Function`, which the Content-Security-Policy (script-src 'self') forbids and reports as a violation.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
