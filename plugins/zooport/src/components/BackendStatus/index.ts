export { BackendStatus } from './BackendStatus';
