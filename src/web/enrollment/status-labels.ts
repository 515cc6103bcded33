import type { EnrollmentStatus } from '../programs/program-types';

export const statusLabels: Record<EnrollmentStatus, string> = {
  invited: 'Invited',
  nominated: 'Nominated',
  applied: 'Applied',
  approved: 'Approved',
  waitlisted: 'Wait-listed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const statusColors: Record<EnrollmentStatus, string> = {
  invited: 'blue',
  nominated: 'grape',
  applied: 'yellow',
  approved: 'teal',
  waitlisted: 'orange',
  declined: 'red',
  withdrawn: 'gray',
};
