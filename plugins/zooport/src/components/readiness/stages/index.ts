export { StagesCard, StagesCell } from './StagesCard';
export { ReadinessWarnings } from './ReadinessWarnings';
export { stageLabels } from './stageLabels';
export { MyOnboarding } from './MyOnboarding';
