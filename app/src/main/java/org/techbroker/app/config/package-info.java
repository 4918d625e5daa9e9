/** The web application's configuration, from MicroProfile Config. */
package org.techbroker.app.config;
