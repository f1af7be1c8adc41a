export { ScenarioContent } from './ScenarioContent';
