export { EntryList } from './EntryList';
export type { EntryListItem } from './EntryList';
