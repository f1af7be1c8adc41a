export { ChipsInput } from './ChipsInput';
export { Fieldset } from './Fieldset';
export { RowsInput } from './RowsInput';
export { problemProps, problemsOf } from './problems';
export type { Problems } from './problems';
