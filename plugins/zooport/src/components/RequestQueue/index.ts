export { RequestQueue } from './RequestQueue';
