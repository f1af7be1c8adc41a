export * from './types';
export { deskTimeZone } from './timeZone';
