/**
 * Where the books take their figures from (server/documents/figures, drawn on the server). One
 * place, so a book never depends on how a chart is drawn; each returns null when there is nothing
 * to draw, and a null figure prints nothing and takes no number (see `Captions.figure`).
 */
export {
  budgetByDimensionFigure,
  budgetByYearFigure,
  evaluationByDimensionFigure,
  readinessByLensFigure,
  roadmapGanttFigure,
} from "../figures/index";
