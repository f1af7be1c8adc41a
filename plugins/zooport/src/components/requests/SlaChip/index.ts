export { SlaChip } from './SlaChip';
export { byPressingSla, slaStateOf } from './slaStates';
