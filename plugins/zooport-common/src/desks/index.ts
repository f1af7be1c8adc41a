export * from './types';
export { deskTimeZone } from './timeZone';
export { officeHours } from './officeHours';
export * from './slack';
