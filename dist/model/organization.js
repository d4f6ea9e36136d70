export {};
//# sourceMappingURL=organization.js.map