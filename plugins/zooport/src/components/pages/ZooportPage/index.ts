export { ZooportPage } from './ZooportPage';
