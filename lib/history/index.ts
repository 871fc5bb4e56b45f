// Public face of match history: pure functions shared by the background store, the history page and tests.
export * from './schema';
export * from './key';
export * from './draft';
export * from './merge';
export * from './validate';
export * from './filter';
export * from './export';
export * from './import';
export { historyMigrations, migrateHistoryValue } from './migrations';
export * from './journal';
