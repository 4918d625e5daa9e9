/** In-server and client tests of CPD: crediting, review, renewal, reminders by mail and the API. */
package org.techbroker.liberty.cpd;
