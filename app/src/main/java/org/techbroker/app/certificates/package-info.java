/**
 * Certificates as pages show them: the holder's own list with their downloads, and the facts of a
 * certificate that the public page, the holder and the administrators all read the same way.
 */
package org.techbroker.app.certificates;
