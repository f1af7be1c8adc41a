export { FormDialog } from './FormDialog';
export { FormField } from './FormField';
export { TitledDialog } from './TitledDialog';
export { ChoiceField } from './ChoiceField';
export { ConfirmDialog } from './ConfirmDialog';
export { NoteField } from './NoteField';
export { wholeNumberBetween } from './wholeNumberBetween';
