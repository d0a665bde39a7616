import type { ClaimStatus } from '$lib/annotated/edit';

/** The statuses an analyst can give a claim, in the order of the select, with what each means. */
export const claimStatusOptions: { value: ClaimStatus; label: string }[] = [
  { value: 'claimed', label: 'claimed — only the speaker says so' },
  { value: 'corroborated', label: 'corroborated — borne out elsewhere' },
  { value: 'disputed', label: 'disputed — contradicted elsewhere' }
];
