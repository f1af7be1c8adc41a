export { AskTheZoo } from './AskTheZoo';
