export { EntryDialog } from './EntryDialog';
