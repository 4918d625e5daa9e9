/** In-server, client and browser tests of essay review. */
package org.techbroker.liberty.review;
