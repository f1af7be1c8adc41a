export { Loaded, NothingYet } from './WidgetStates';
