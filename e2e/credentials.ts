/** The admin the e2e server starts with, made by scripts/admin-create.ts on a throwaway database. */
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e admin password, not a secret" } as const;
