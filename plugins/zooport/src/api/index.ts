export type {
  ApprovalInput,
  CommentInput,
  EntryFilter,
  EntryPage,
  EntrySearchFilter,
  MyShifts,
  OverrideInput,
  RequestDetail,
  RequestFilter,
  RequestInput,
  RequestPage,
  RequestPermissions,
  RequestTypeUpdate,
  ResolutionInput,
  RotationPreview,
  StoredOverride,
  TransitionInput,
  ZooportApi,
} from './ZooportApi';
export { zooportApiRef } from './ZooportApi';
export { ZooportClient, zooportApiFactory } from './ZooportClient';
