import { SimpleGrid } from '@mantine/core';
import { type SkillLevel, SkillListEditor } from './skill-list-editor';

export interface SkillsValue {
  canTeach: SkillLevel[];
  wantToLearn: SkillLevel[];
}

export function asSkills(value: unknown): SkillsValue {
  const v = (value ?? {}) as Partial<SkillsValue>;
  return { canTeach: v.canTeach ?? [], wantToLearn: v.wantToLearn ?? [] };
}

/** Both directions of learning: what I can teach and what I want to learn, each with a level. */
export function SkillsField({
  value,
  onChange,
  readOnly,
}: {
  value: unknown;
  onChange: (value: SkillsValue) => void;
  readOnly: boolean;
}) {
  const skills = asSkills(value);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <SkillListEditor
        label="I can teach"
        description="Your level: 1 = getting started, 5 = expert."
        value={skills.canTeach}
        readOnly={readOnly}
        onChange={(canTeach) => onChange({ ...skills, canTeach })}
      />
      <SkillListEditor
        label="I want to learn"
        description="Your level today: 1 = new to it, 5 = already strong."
        value={skills.wantToLearn}
        readOnly={readOnly}
        onChange={(wantToLearn) => onChange({ ...skills, wantToLearn })}
      />
    </SimpleGrid>
  );
}
