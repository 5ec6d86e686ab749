package dev.baton.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap test that keeps most text away from the credential patterns: it lets through every text a pattern could
 * match, and turns away ordinary prose, even with colons and the words.
 */
class CredentialsPrefilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "api_key : Zx81kQ0pLm", "\"secret\"  =  \"wJalrXUtnFEMI\"", "Password:hunter2",
			"see postgres://app:S3cret@db.internal/app", "ACCESS-TOKEN= 4f9a8b7c6d5e", "x ghs_abc", "The key: abc123",
			"-----BEGIN RSA PRIVATE KEY-----", "id AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A",
			"github_pat_11ABCDEFG",
			"ghp_16C7e42F292c6912E7710c838347Ae178B4a", "xoxb-123-456", "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
			"AIzaSyA1234567890", "eyJhbGciOiJIUzI1NiJ9.e30.x" })
	void letsThroughWhatMayBeACredential(String text) {
		assertTrue(Credentials.mayHold(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Throughput is high: we keep the keys in the vault and rotate them. Note: none.",
			"The monkey ran through the night; at dawn: nothing.", "Tokens of appreciation were given. Result: 3",
			"See https://example.com/path for details: none" })
	void turnsAwayProse(String text) {
		assertFalse(Credentials.mayHold(text), text);
		assertEquals(Optional.empty(), Credentials.find(text));
	}
}
