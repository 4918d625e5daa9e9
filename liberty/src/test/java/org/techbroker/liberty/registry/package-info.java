/** In-server tests of the qualification registry: issuance, status changes and the history's integrity. */
package org.techbroker.liberty.registry;
