import { Chip, Group } from '@mantine/core';
import { type Member, type Role, roles } from '../api/types';
import { roleLabels } from '../auth/roles';

interface MemberRolesProps {
  member: Member;
  disabled: boolean;
  onChange: (roles: Role[]) => void;
}

/** A member's roles as toggles; each change is saved at once (see MembersPage). */
export function MemberRoles({ member, disabled, onChange }: MemberRolesProps) {
  return (
    <Group gap={6} role="group" aria-label={`Roles of ${member.name}`}>
      <Chip.Group multiple value={member.roles} onChange={(value) => onChange(value as Role[])}>
        {roles.map((role) => (
          <Chip key={role} value={role} size="xs" disabled={disabled} variant="light">
            {roleLabels[role]}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
