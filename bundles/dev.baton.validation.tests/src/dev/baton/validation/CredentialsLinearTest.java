package dev.baton.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Large hostile texts (a record of a few MB) are scanned in about linear time and never overflow the stack. The bound
 * is generous: a quadratic scan of these took minutes or threw.
 */
class CredentialsLinearTest {

	private static final int SIZE = 1_000_000;

	@Test
	void longRunsOfAssignmentsUrlsAndTokensAreScannedOnceEach() {
		List<String> texts = List.of(repeat("password:"), repeat("a."), "http://" + repeat("x") + ":",
				"a://u:" + repeat("p"), repeat("api_key="), "token=" + repeat("Ab1"), repeat("eyJabcdefgh"),
				repeat("a://"), repeat("Supersedes "), repeat("_a_b "));
		long start = System.nanoTime();
		for (String text : texts) {
			Credentials.find(text);
			Credentials.redact(text);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertTrue(seconds < 60, seconds + " s for " + texts.size() + " texts of 1 MB");
	}

	@Test
	void aVeryLongValueIsRedactedWhole() {
		String value = "Ab1-".repeat(SIZE / 4);
		assertEquals("password=[redacted]", Credentials.redact("password=" + value));
		assertEquals(Optional.of("password value"), Credentials.find("password=" + value));
	}

	private static String repeat(String unit) {
		return unit.repeat(SIZE / unit.length());
	}
}
