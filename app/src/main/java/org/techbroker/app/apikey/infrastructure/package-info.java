/** API keys in the relational database, through JPA. */
package org.techbroker.app.apikey.infrastructure;
