/** The two languages of Techbroker (zh_CN and en): which one a visitor reads, and the bundles. */
package org.techbroker.app.i18n;
