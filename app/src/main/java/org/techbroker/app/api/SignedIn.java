package org.techbroker.app.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.techbroker.app.account.Role;

/**
 * Marks a resource or method that only a signed-in caller may use, and optionally the roles of
 * which the caller needs one. Anonymous callers get 401, callers without the role 403, both as
 * problem documents (see {@link AccessFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {

    /** The roles of which the caller needs at least one; empty means any signed-in caller. */
    Role[] value() default {};
}
