// NP000: the notice that a file's findings were cut at `maxFindings`. A pseudo-rule: not in the
// registry, never turned off, so a cut list is never silent.
export const CAP_NOTICE_RULE = { id: 'NP000', name: 'findings-limit' } as const;
