package dev.baton.validation.rules;

import dev.baton.validation.Credentials;

import static dev.baton.validation.Fixtures.MAKE;
import static dev.baton.validation.Fixtures.named;
import static dev.baton.validation.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.baton.model.AccessItem;
import dev.baton.model.Architecture;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Section;
import dev.baton.validation.Fixtures;

/** The credential detector: what it recognises, what it leaves alone, and that it never repeats a secret. */
class CredentialsTest {

	// built from parts so that this file does not itself look like it holds credentials
	private static final String GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
	private static final String AWS = "AKIA" + "Z7QW3XJ2MPLK4N8R";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"AWS access key id | key AKIAZ7QW3XJ2MPLK4N8R in the CI variables",
			"private key | -----BEGIN RSA PRIVATE KEY-----\\nMIIEow...",
			"private key | -----BEGIN OPENSSH PRIVATE KEY-----",
			"private key | -----BEGIN PRIVATE KEY-----",
			"GitHub token | token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 for the bot",
			"GitHub token | github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
			"Slack token | webhook uses xoxb-1234567890-abcdefghij",
			"Slack token | xoxp-12345-67890-abcdef",
			"Stripe secret key | sk_live_4eC39HqLyjWDarjtT1zdp7dc",
			"password value | password=hunter2",
			"password value | the DB Password: Tr0ub4dor&3 (do not share)",
			"client-secret value | client_secret = 'a8F!kd92'",
			"api-key value | API_KEY=Zx81kQ0pLm",
			"secret value | \"secret\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCY\"",
			"token value | token: 4f9a8b7c6d5e" })
	void recognisesCredentials(String kind, String text) {
		assertEquals(Optional.of(kind), Credentials.find(text.replace("\\n", "\n")), text);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Rotate the AWS root password and move the hardware MFA key to Tom.",
			"location: AWS Secrets Manager prod/routing/routefinder-api-key",
			"secret: prod/billing/cloudpay-api-key",
			"password: see 1Password vault \"Larkspur Break Glass\"",
			"password=<your password>",
			"password: ${DB_PASSWORD}",
			"api_key: {{ api_key }}",
			"password = ********",
			"token: rotated",
			"the access token: expires hourly",
			"secret=REDACTED",
			"api-key: changeme",
			"AKIAIOSFODNN7EXAMPLE is the access key id of AWS's documentation",
			"The ghp_ prefix marks GitHub personal access tokens.",
			"xoxb- tokens belong to Slack bots",
			"-----BEGIN PUBLIC KEY-----",
			"-----BEGIN CERTIFICATE-----",
			"Use the password manager; no passwords in tickets.",
			"" })
	void leavesOrdinaryTextAlone(String text) {
		assertEquals(Optional.empty(), Credentials.find(text), text);
	}

	@Test
	void theRuleNamesRecordAndFieldButNeverTheSecret() {
		Architecture architecture = Fixtures.architecture();
		Decision decision = Fixtures.decision(architecture, 7, "ci", DecisionStatus.ACCEPTED);
		decision.setContext("The deploy job logs in with " + GITHUB + " today.");
		Section notes = MAKE.createSection();
		notes.setHeading("Notes");
		notes.setBody("aws_access_key_id = " + AWS);
		decision.getSections().add(notes);
		AccessItem access = named(MAKE.createAccessItem(), "access", "ci-bot");
		access.setLocation("password=Tr0ub4dor&3");
		architecture.getAccessItems().add(access);
		AccessItem clean = named(MAKE.createAccessItem(), "access", "clean");
		clean.setLocation("1Password vault \"CI\", item \"bot\"");
		architecture.getAccessItems().add(clean);
		architecture.setDescription("xoxb-1234567890-abcdefghij");
		List<String> findings = run(new CredentialRule(), architecture);
		String remedy =
				": remove it from the record (and rotate it: git history keeps it), and record in access/ where "
						+ "it is held instead";
		assertEquals(List.of(
				"error: baton.yaml has text in 'description' that looks like a credential (Slack token)" + remedy,
				"decisions/0007-ci.md: error: decision '0007-ci' has text in 'Context and Problem Statement' that "
						+ "looks "
						+ "like a credential (GitHub token)" + remedy,
				"decisions/0007-ci.md: error: decision '0007-ci' has text in 'Notes' that looks like a credential (AWS "
						+ "access key id)"
						+ remedy,
				"access/ci-bot.md: error: access item 'ci-bot' has text in 'location' that looks like a credential "
						+ "(password value)"
						+ remedy),
				findings);
		String all = String.join("\n", findings);
		for (String secret : List.of(GITHUB, AWS, "Tr0ub4dor", "xoxb-", "ghp_", "AKIA")) {
			assertTrue(!all.contains(secret), "a finding repeats the secret " + secret);
		}
	}
}
