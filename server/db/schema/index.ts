export * from "./access";
export * from "./auth";
export * from "./cohort";
export * from "./comment";
export * from "./framework";
export * from "./masterplan";
export * from "./reference-data";
export * from "./region";
