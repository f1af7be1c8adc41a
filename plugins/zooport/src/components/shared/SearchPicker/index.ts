export { SearchPicker } from './SearchPicker';
export type { PickerOption } from './SearchPicker';
