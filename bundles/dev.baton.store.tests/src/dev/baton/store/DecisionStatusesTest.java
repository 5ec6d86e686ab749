package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.baton.model.DecisionStatus;

/** Statuses as people write them, in several languages, mapped to the lifecycle. */
class DecisionStatusesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "Accepted|ACCEPTED", "PROPOSED|PROPOSED", "on hold|PROPOSED",
			"Pending|PROPOSED", "Approved|ACCEPTED", "superseded by [ADR-0005](0005-example.md)|SUPERSEDED",
			"Partly superseded|SUPERSEDED", "Superceded by [10. Use X](0010-use-x.md)|SUPERSEDED",
			"This ADR was superseded by ADR-12|SUPERSEDED", "Deprecated|DEPRECATED", "Rejected|REJECTED",
			"draft|DRAFT", "accepté|ACCEPTED", "Proposée|PROPOSED", "Rejeté|REJECTED", "Remplacé par 0009|SUPERSEDED",
			"2017-11-22 提议|PROPOSED", "2017/11/24 通过|ACCEPTED", "已弃用|DEPRECATED", "已取代|SUPERSEDED",
			"**Accepted**|ACCEPTED", "bogus|UNKNOWN", "'   '|UNKNOWN" })
	void statusTextsMapToTheLifecycle(String text, DecisionStatus expected) {
		assertEquals(expected, DecisionStatuses.of(text));
	}
}
