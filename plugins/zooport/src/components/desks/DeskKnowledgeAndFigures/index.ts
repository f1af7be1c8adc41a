export { DeskKnowledgeAndFigures } from './DeskKnowledgeAndFigures';
