export { RequestDialog } from './RequestDialog';
export { RequestSupportButton } from './RequestSupportButton';
