/** Exam pages and the exam jobs of the web application. */
package org.techbroker.app.exam;
