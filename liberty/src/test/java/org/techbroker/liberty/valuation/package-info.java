/** The valuation workbench from outside: who may open it, and what an unknown address gets. */
package org.techbroker.liberty.valuation;
