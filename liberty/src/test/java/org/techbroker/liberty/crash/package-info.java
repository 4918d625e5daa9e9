/**
 * The crash test: a Techbroker server of its own, run as a separate process on a file database,
 * killed with SIGKILL in the middle of an exam and started again.
 */
package org.techbroker.liberty.crash;
