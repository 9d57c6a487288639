import type { SiteAdapter } from './types';
import { ADAPTERS } from './index';
import { generic } from './generic';

/**
 * The site adapters, then the generic one, for reading saved pages (the CLI and evaluations):
 * a page that no site adapter recognises falls through to the generic detector.
 */
export const ALL_ADAPTERS: readonly SiteAdapter[] = [...ADAPTERS, generic];
