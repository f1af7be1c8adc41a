export type {
  ApprovalInput,
  CommentInput,
  RequestDetail,
  RequestFilter,
  RequestInput,
  RequestPage,
  RequestPermissions,
  ResolutionInput,
  TransitionInput,
  ZooportApi,
} from './ZooportApi';
export { zooportApiRef } from './ZooportApi';
export { ZooportClient, zooportApiFactory } from './ZooportClient';
