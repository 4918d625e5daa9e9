/**
 * Accounts: registration, personal details, passwords and their policy, roles, and the locks that
 * administrators and the login throttle put on an account.
 */
package org.techbroker.app.account;
