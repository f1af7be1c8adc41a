export { RotationEditor } from './RotationEditor';
