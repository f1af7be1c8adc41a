export { SurveyCard } from './SurveyCard';
