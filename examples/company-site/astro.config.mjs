// The trust center of Example Company: the registry with this company's presentation.
// Options (logo, colors, customCss, components, embed): see the registry's README, "Your brand".
import { defineConfig } from 'astro/config';
import processorRegistry from 'processor-registry';

export default defineConfig({
  integrations: [processorRegistry()],
});
