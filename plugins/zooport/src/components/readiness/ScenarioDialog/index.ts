export { ScenarioDialog } from './ScenarioDialog';
