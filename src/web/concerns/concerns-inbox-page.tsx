/** Issue 6: HR's concerns inbox. */
export function ConcernsInboxPage() {
  return null;
}
