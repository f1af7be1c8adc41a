export { EntryPage } from './EntryPage';
