/** Issue 6: the program's resources and topic guides in the workspace. */
export function ResourcesPanel(_props: {
  resources: { title: string; url: string; description: string }[];
  topicPlan: { title: string; guide: string }[];
}) {
  return null;
}
