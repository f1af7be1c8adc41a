export * from './types';
export { deskTimeZone } from './timeZone';
export * from './slack';
