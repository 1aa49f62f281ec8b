/**
 * Whether the PDFs made are tagged: always, but for the bench, which times the same letters
 * with tagging off to give its cost.
 */
let enabled = true;

export function setTagging(on: boolean): void {
  enabled = on;
}

export function taggingEnabled(): boolean {
  return enabled;
}
