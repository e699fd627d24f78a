export * from "./framework";
export * from "./reference-data";
export * from "./region";
