/** In the server: the account use cases against the real database, with their audit events and password hashes. */
package org.techbroker.liberty.account;
