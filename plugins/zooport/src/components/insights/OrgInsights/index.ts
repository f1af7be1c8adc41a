export { OrgInsights } from './OrgInsights';
