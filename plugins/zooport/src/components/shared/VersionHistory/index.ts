export { VersionHistory } from './VersionHistory';
export type { SavedVersion } from './VersionHistory';
