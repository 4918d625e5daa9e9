/** The administration API from outside, as an administrator uses it. */
package org.techbroker.liberty.admin;
