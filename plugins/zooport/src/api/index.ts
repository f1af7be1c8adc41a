export type { ZooportApi } from './ZooportApi';
export { zooportApiRef } from './ZooportApi';
export { ZooportClient, zooportApiFactory } from './ZooportClient';
