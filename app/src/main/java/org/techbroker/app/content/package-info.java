/** The course content that ships with Techbroker, loaded into the catalogue at start-up. */
package org.techbroker.app.content;
