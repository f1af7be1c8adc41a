export { ZooportSearchResultListItem } from './ZooportSearchResultListItem';
export type { ZooportSearchResultListItemProps } from './ZooportSearchResultListItem';
export { isZooportSearchResult, zooportSearchResultTypes } from './resultTypes';
