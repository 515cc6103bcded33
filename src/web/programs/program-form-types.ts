import type { UseFormReturnType } from '@mantine/form';
import type { ProgramFormValues } from './program-form-values';

export type ProgramForm = UseFormReturnType<ProgramFormValues>;
