import { z } from 'zod';

// Zod would probe `new Function` to compile parsers, which the Content-Security-Policy (script-src 'self') blocks.
// index.html loads public/zod-jitless.js before the bundle, because schemas in chunks evaluated before this module
// read the setting when they are built; this keeps the setting explicit for code that imports the app directly.
z.config({ jitless: true });
