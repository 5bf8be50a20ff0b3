export * from './generated/ast.js';
export { DpaLanguageMetaData } from './generated/module.js';
export { createDpaServices, DpaModule, type DpaServices, type DpaAddedServices } from './dpa-module.js';
export { DpaSettings } from './settings.js';
export * from './countries.js';
export * from './transfers.js';
export * from './messages.js';
export * from './text-scan.js';
export * from './workspace.js';
