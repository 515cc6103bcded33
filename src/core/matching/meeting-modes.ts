/**
 * How a pair can meet. Apart from the cohort schema so that the compiled cohort (and the meeting-mode
 * criterion through it) can use the list without importing the schema, which imports every criterion.
 */
export const meetingModes = ['in-person', 'video', 'phone'] as const;
export type MeetingMode = (typeof meetingModes)[number];
