// @ts-check
// The example site: the registry as any company uses it, its options left at their defaults (the
// registry's own colours, no logo). A company's astro.config.mjs gives its brand here (README,
// "Your brand"); everything else a registry's site needs, processorRegistry() sets up.
import { defineConfig } from 'astro/config';
import processorRegistry from './src/integrations/registry.ts';

export default defineConfig({
  integrations: [processorRegistry()],
});
