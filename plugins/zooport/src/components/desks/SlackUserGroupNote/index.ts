export { SlackUserGroupNote } from './SlackUserGroupNote';
