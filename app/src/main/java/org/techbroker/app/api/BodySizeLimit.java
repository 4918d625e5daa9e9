package org.techbroker.app.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.techbroker.app.config.AppConfig;

/**
 * Refuses request bodies larger than {@code techbroker.api.max-body-bytes} (or an endpoint's own
 * {@link LargeBody} limit) with 413: at once when Content-Length says so, and while reading when a
 * body without a length runs past the limit.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    AppConfig config;

    @Inject
    Problems problems;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getLength() > limit()) {
            context.abortWith(tooLarge());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new BoundedInputStream(context.getInputStream(), limit()));
        return context.proceed();
    }

    /** The endpoint's own limit if it declares one, else the configured one. */
    private long limit() {
        LargeBody large = resourceInfo == null || resourceInfo.getResourceMethod() == null
                ? null
                : resourceInfo.getResourceMethod().getAnnotation(LargeBody.class);
        return large == null ? config.maxRequestBodyBytes() : large.maxBytes();
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return problems.response(
                ProblemType.PAYLOAD_TOO_LARGE, problems.message("api.problem.payload-too-large.detail", limit()));
    }

    private final class BoundedInputStream extends FilterInputStream {

        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                consumed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                consumed(n);
            }
            return n;
        }

        private void consumed(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLarge(tooLarge());
            }
        }
    }

    /**
     * Thrown while a body without a length is read past the limit. The JSON layers wrap it on its
     * way up, so the exception mappers look for it among the causes ({@link ProblemMappers}).
     */
    static final class TooLarge extends WebApplicationException {

        private static final long serialVersionUID = 1L;

        TooLarge(jakarta.ws.rs.core.Response response) {
            super(response);
        }
    }
}
