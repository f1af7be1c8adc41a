export { AskLink } from './AskLink';
