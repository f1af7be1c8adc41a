export { DraftScenarioButton } from './DraftScenarioButton';
