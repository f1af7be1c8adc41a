export { DeskProfileEditor } from './DeskProfileEditor';
