export { MemberChoice } from './MemberChoice';
