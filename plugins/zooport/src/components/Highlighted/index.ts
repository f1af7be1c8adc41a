export { Highlighted } from './Highlighted';
