export { RequestTypesCard } from './RequestTypesCard';
