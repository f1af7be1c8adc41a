export { Zoo } from './Zoo';
