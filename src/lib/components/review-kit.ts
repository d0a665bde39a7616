// The review controls, loaded with one dynamic import() when the analyst first turns review on:
// readers who only look at the map never download them (the page's size budget, scripts/bench-dashboard.mjs).
export { default as AddPlace } from './AddPlace.svelte';
export { default as AssignUnits } from './AssignUnits.svelte';
export { default as ClaimReview } from './ClaimReview.svelte';
export { default as NoteForm } from './NoteForm.svelte';
export { default as PlaceReview } from './PlaceReview.svelte';
export { default as ReviewBar } from './ReviewBar.svelte';
export { default as ReviewSections } from './ReviewSections.svelte';
