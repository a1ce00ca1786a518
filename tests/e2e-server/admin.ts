/** The password `npm start` gives the first admin in the browser tests of the real server. */
export const E2E_ADMIN_PASSWORD = 'e2e admin password';
