export { ScenarioDeckCard } from './ScenarioDeckCard';
