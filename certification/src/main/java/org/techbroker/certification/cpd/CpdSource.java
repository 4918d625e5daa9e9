package org.techbroker.certification.cpd;

/** Who recorded an activity: the holder (an external entry) or Techbroker (a completed course). */
public enum CpdSource {
    HOLDER,
    TECHBROKER_COURSE
}
