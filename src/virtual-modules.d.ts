// The modules processorRegistry() (src/integrations/registry.ts) gives the layout.
declare module 'virtual:processor-registry/styles' {}
declare module 'virtual:processor-registry/logo' {
  import type { ImageMetadata } from 'astro';
  const logo:
    | { light: ImageMetadata; dark: ImageMetadata | undefined; alt: string; replacesTitle: boolean }
    | undefined;
  export default logo;
}
