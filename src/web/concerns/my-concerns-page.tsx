/** Issue 6: a participant's own confidential concerns and HR's replies. */
export function MyConcernsPage() {
  return null;
}
