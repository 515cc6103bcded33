/** Issue 6: goals per side with progress updates (owned by the goals/concerns web work). */
export function GoalsPanel(_props: { pairId: string; role: 'mentor' | 'mentee'; readOnly: boolean }) {
  return null;
}
