/** Client and browser tests of essay review: marking, decisions, feedback and appeals. */
package org.techbroker.liberty.review;
