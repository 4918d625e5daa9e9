package org.techbroker.app.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one endpoint read a body larger than {@code techbroker.api.max-body-bytes}, up to {@link
 * #maxBytes()}: a file upload, say. {@link BodySizeLimit} refuses anything beyond it with 413 all
 * the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

    long maxBytes();
}
