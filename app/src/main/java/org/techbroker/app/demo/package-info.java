/** Demo accounts (and, as Techbroker grows, demo content) for a first run on the embedded database. */
package org.techbroker.app.demo;
