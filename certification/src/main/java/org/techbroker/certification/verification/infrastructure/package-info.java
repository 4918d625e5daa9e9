/** The verification queries and the verification log in the relational database, through JPA. */
package org.techbroker.certification.verification.infrastructure;
