export * from './types';
export { deskTimeZone } from './timeZone';
export { officeHours } from './officeHours';
export * from './slack';
export { desksCalled } from './desksCalled';
export type { CalledDesk } from './desksCalled';
