/** Issue 6: a participant raises a confidential concern with HR from the workspace. */
export function RaiseConcernButton(_props: { pairId: string; partnerName: string }) {
  return null;
}
