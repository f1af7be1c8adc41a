export { ZooportSearchResultListItem } from './ZooportSearchResultListItem';
export type { ZooportSearchResultListItemProps } from './ZooportSearchResultListItem';
