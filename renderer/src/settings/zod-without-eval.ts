import { config } from 'zod';

// zod builds its object parsers when schemas are created and, unless told not to, first probes
// `new Function`; the window's CSP blocks that and reports it. Imported before any schema module.
config({ jitless: true });
