/**
 * The JSON API under /api/v1: resources, their representations, the access filter (roles and
 * CSRF token), the body-size limit, and the problem documents every failure becomes.
 */
package org.techbroker.app.api;
