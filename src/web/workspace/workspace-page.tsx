/** Issue 6: the pair workspace (agreement, meetings, goals, resources). Replaced by its real page. */
export function WorkspacePage() {
  return null;
}
