package org.techbroker.app.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a verification endpoint: {@link VerificationAccess} reads the caller's {@code X-Api-Key}
 * (401 for a key that opens nothing) and takes the call from the caller's rate limit (429 with
 * Retry-After when it is spent): the client address's without a key, the key's own with one.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The endpoint refuses callers without a key (401). */
    boolean keyRequired() default false;

    /**
     * The endpoint takes its lookups from the key's limit itself, one per number checked, once it
     * has read the body; the filter then only authenticates.
     */
    boolean perEntry() default false;
}
