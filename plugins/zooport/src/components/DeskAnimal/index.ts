export { DeskAnimal } from './DeskAnimal';
