package org.techbroker.app.learn;

import java.io.Serializable;

/** A course the reader is enrolled in, as their dashboard lists it. */
public record MyCourse(String code, String title, Standing standing) implements Serializable {}
