export { budgetByDimensionFigure } from "./budget-by-dimension";
export { budgetByYearFigure } from "./budget-by-year";
export { evaluationByDimensionFigure } from "./evaluation-by-dimension";
export { readinessByLensFigure } from "./readiness-by-lens";
export { roadmapGanttFigure } from "./roadmap-gantt";
