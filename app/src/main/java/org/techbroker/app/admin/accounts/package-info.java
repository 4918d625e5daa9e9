/** Account administration pages: the list with search, locks and roles, and account creation. */
package org.techbroker.app.admin.accounts;
