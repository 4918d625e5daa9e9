/** Essay review in the server: marking, allocation, adjudication, calibration, appeals, pages and API. */
package org.techbroker.liberty.review;
