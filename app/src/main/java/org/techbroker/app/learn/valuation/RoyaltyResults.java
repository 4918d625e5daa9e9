package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import org.techbroker.courses.valuation.ProjectedRoyaltyResult;
import org.techbroker.courses.valuation.ReliefFromRoyaltyResult;

/**
 * The two royalty-based figures for one set of projected sales: relief from royalty (after tax,
 * discounted) and the plain royalty on projected sales (neither), side by side so that the
 * trainee sees what tax and discounting take away.
 *
 * @param relief the value by relief from royalty
 * @param projected the undiscounted, untaxed royalty total
 */
public record RoyaltyResults(ReliefFromRoyaltyResult relief, ProjectedRoyaltyResult projected)
        implements Serializable {}
