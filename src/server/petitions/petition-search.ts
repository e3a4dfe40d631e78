import { defineSearchIndex } from '../search/search-index';

/** The register's search index (migration 2026-12-16T0100): numbers, summaries and non-protected names, folded. */
export const PETITION_SEARCH = defineSearchIndex('petition_search');
