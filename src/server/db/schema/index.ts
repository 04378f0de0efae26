export * from './agencies.ts';
export * from './audit.ts';
export * from './documents.ts';
export * from './indicators.ts';
export * from './registers.ts';
export * from './reports.ts';
export * from './units.ts';
export * from './users.ts';
