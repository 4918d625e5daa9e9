package org.techbroker.certification.profile;

import java.util.List;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.shared.AccountId;

/** A broker found by a registry search: names, and the numbers of the certificates that matched or are held. */
public record BrokerMatch(AccountId holder, HolderNames names, List<String> certificateNumbers) {}
