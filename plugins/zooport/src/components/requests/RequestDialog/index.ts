export { RequestDialog } from './RequestDialog';
export { RequestSupportButton } from './RequestSupportButton';
export { TeamRequestDialog } from './TeamRequestDialog';
