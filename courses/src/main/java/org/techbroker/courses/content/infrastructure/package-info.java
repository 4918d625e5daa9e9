/** Technology adapters of course content: attachments on the file system, lesson moves in JPA. */
package org.techbroker.courses.content.infrastructure;
