export { LANGS, isLang, type Lang } from './lang.js';
export { defineCatalogue, placeholders, type Catalogue, type MessageArgs as CatalogueArgs } from './catalogue.js';
