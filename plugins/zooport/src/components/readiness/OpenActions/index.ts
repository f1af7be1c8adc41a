export { OpenActions } from './OpenActions';
export { ActionItem } from './ActionItem';
