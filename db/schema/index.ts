export * from "./_columns";
export * from "./cases";
export * from "./documents";
