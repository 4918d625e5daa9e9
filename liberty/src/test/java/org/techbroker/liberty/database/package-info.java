/** In the server: the schema migrations that run when the application starts. */
package org.techbroker.liberty.database;
