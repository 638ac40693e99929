// The modules processorRegistry() (src/integrations/registry.ts) gives the layout.
declare module 'virtual:processor-registry/styles' {}
declare module 'virtual:processor-registry/logo' {
  import type { ImageMetadata } from 'astro';
  const logo:
    | { light: ImageMetadata; dark: ImageMetadata | undefined; alt: string; replacesTitle: boolean }
    | undefined;
  export default logo;
}
// The parts a company may replace (processorRegistry({ components })): each takes the props of the
// registry's own component.
declare module 'virtual:processor-registry/components/Header' {
  export { default } from './components/layout/Header.astro';
}
declare module 'virtual:processor-registry/components/Footer' {
  export { default } from './components/layout/Footer.astro';
}
declare module 'virtual:processor-registry/components/OverviewIntro' {
  export { default } from './components/overview/OverviewIntro.astro';
}
