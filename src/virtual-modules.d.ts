// The modules processorRegistry() (src/integrations/registry.ts) gives the layout.
declare module 'virtual:processor-registry/styles' {}
declare module 'virtual:processor-registry/logo' {
  import type { ImageMetadata } from 'astro';
  const logo:
    | { light: ImageMetadata; dark: ImageMetadata | undefined; alt: string; replacesTitle: boolean }
    | undefined;
  export default logo;
}
declare module 'virtual:processor-registry/routes' {
  import type { OptionalRoute } from './lib/views/nav';
  const routes: Readonly<Record<OptionalRoute, boolean>>;
  export default routes;
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
declare module 'virtual:processor-registry/components/ProcessorFacts' {
  export { default } from './components/processor/Facts.astro';
}
declare module 'virtual:processor-registry/components/ProcessorActivity' {
  export { default } from './components/processor/Activity.astro';
}
declare module 'virtual:processor-registry/components/ProcessorTransfers' {
  export { default } from './components/processor/TransferList.astro';
}
declare module 'virtual:processor-registry/components/ProcessorChain' {
  export { default } from './components/processor/Chain.astro';
}
declare module 'virtual:processor-registry/components/ProcessorAssessment' {
  export { default } from './components/processor/Assessment.astro';
}
declare module 'virtual:processor-registry/components/ProcessorOtherFacts' {
  export { default } from './components/processor/OtherFacts.astro';
}
declare module 'virtual:processor-registry/components/ProcessorNotes' {
  export { default } from './components/processor/Notes.astro';
}
declare module 'virtual:processor-registry/components/ProcessorHistory' {
  export { default } from './components/processor/History.astro';
}
