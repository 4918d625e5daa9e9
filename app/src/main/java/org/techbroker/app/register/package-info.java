/** Self-registration of trainees. */
package org.techbroker.app.register;
