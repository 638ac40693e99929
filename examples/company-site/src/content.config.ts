// The content collections of content/, with the registry's loaders and schemas.
export { collections } from 'processor-registry/content';
