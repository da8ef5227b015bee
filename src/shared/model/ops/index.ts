/**
 * All document operations in one import. Each is a pure function that mutates a ProjectDoc
 * draft in place (inside immer's `produceWithPatches` in the renderer, directly in the core and
 * the CLI), validates its input first (throwing `CheckError`), stamps createdAt/updatedAt and the
 * project's updatedAt, and never leaves a dangling reference behind.
 */
export * from './areas.ts';
export * from './causes.ts';
export * from './consequences.ts';
export * from './duplicateRisk.ts';
export * from './escalation.ts';
export * from './findings.ts';
export * from './indicators.ts';
export * from './layout.ts';
export { moveLine } from './lines.ts';
export * from './measures.ts';
export * from './partners.ts';
export * from './project.ts';
export * from './risks.ts';
export * from './scores.ts';
export * from './themes.ts';
export { sequentialIdentity, withIdentity, type Identity } from './stamp.ts';
