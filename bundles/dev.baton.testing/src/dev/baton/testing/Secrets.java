package dev.baton.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.baton.store.FolderLayout;

/**
 * A corpus of credential shapes and a folder that hides them everywhere a record can hold text: titles of systems and
 * components (which the diagrams draw), decision prose, a link's note and target, fields, extra sections, a record
 * whose id and file name is a token. Every token is fake (FAKE, 0000, "fake" in its base64) but has the shape a scanner
 * looks for. Every format of the pack is checked to show none of them.
 */
public final class Secrets {

	/** One credential: what it is, the text a record holds, and the secret part that must never show. */
	public record Credential(String kind, String text, String secret) {
	}

	private static final String AWS_SECRET = "fAkE/fAkEfAkEfAkEfAkEfAkEfAkEfAkE0000000";

	/** The corpus, one of each shape the detector knows. */
	public static final List<Credential> CORPUS = List.of(
			new Credential("AWS access key id", "AKIAFAKEFAKEFAKE0000", "AKIAFAKEFAKEFAKE0000"),
			new Credential("AWS secret access key", "aws_secret_access_key = " + AWS_SECRET, AWS_SECRET),
			new Credential("GitHub token", "ghp_FakeFakeFakeFakeFakeFakeFakeFake0000",
					"ghp_FakeFakeFakeFakeFakeFakeFakeFake0000"),
			new Credential("GitHub fine-grained token", "github_pat_FAKE0000fake0000FAKE0000fake",
					"github_pat_FAKE0000fake0000FAKE0000fake"),
			new Credential("GitLab token", "glpat-FAKEfakeFAKEfake0000", "glpat-FAKEfakeFAKEfake0000"),
			new Credential("Slack token", "xoxb-000000000000-FAKEfakeFAKEfake",
					"xoxb-000000000000-FAKEfakeFAKEfake"),
			new Credential("Slack webhook", "https://hooks.slack.com/services/T00000000/B00000000/FAKEfakeFAKEfake0000",
					"B00000000/FAKEfakeFAKEfake0000"),
			new Credential("Stripe secret key", "sk_live_FAKEfakeFAKEfake0000", "sk_live_FAKEfakeFAKEfake0000"),
			new Credential("Google API key", "AIzaFakeFakeFakeFakeFakeFakeFakeFake000",
					"AIzaFakeFakeFakeFakeFakeFakeFakeFake000"),
			new Credential("JSON web token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU",
					"ZmFrZS1zaWduYXR1cmU"),
			new Credential("bearer header", "Authorization: Bearer FAKEfake0000bearer0000", "FAKEfake0000bearer0000"),
			new Credential("basic header", "Authorization: Basic ZmFrZTpmYWtlLXBhc3N3b3Jk", "ZmFrZTpmYWtlLXBhc3N3b3Jk"),
			new Credential("Azure account key", "DefaultEndpointsProtocol=https;AccountName=fake;"
					+ "AccountKey=RkFLRWZha2VGQUtFZmFrZUZBS0VmYWtlRkFLRWZha2U=;EndpointSuffix=core.windows.net",
					"RkFLRWZha2VGQUtFZmFrZUZBS0VmYWtlRkFLRWZha2U"),
			new Credential("npm token", "npm_FakeFakeFakeFakeFakeFakeFakeFake0000",
					"npm_FakeFakeFakeFakeFakeFakeFakeFake0000"),
			new Credential("npmrc auth token", "//registry.npmjs.org/:_authToken=FAKE-fake-0000-npmrc",
					"FAKE-fake-0000-npmrc"),
			new Credential("password assignment", "password=Fake-Passw0rd!", "Fake-Passw0rd!"),
			new Credential("password in a URL", "postgres://app:FakePassw0rd9@db.internal/app", "FakePassw0rd9"),
			new Credential("private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIFAKEfakeFAKEfake0000\n"
					+ "-----END RSA PRIVATE KEY-----", "MIIFAKEfakeFAKEfake0000"));

	/** The token a record's id and file name are (a GitHub token). */
	public static final String TOKEN_NAME = "ghp_FakeFakeFakeFakeFakeFakeFakeFakeName";

	/**
	 * Ordinary text that must not be redacted: ids, a git commit, a UUID, prose about passwords and keys without a
	 * value that looks secret.
	 */
	public static final List<String> HARMLESS = List.of("billing-service", "3f2a9c1d4e5b6a7f8091a2b3c4d5e6f708192a3b",
			"123e4567-e89b-12d3-a456-426614174000", "the password policy asks for 12 characters",
			"the primary key = customer_id", "token bucket of 100 requests", "api_key: stored in vault/billing/api-key",
			"Authorization: Bearer $TOKEN");

	private Secrets() {
	}

	/** Writes the folder; the secrets are in {@link #CORPUS}. */
	public static Path folder(Path root) throws IOException {
		StringBuilder all = new StringBuilder();
		for (Credential credential : CORPUS) {
			all.append("- ").append(credential.kind()).append(": `").append(credential.text().replace("\n", " "))
					.append("`\n");
		}
		String privateKey = CORPUS.get(CORPUS.size() - 1).text();
		Examples.write(root, FolderLayout.SETTINGS, "name: Platform " + CORPUS.get(0).text() + "\n");
		Examples.write(root, "systems/billing.md", "---\nowner: team-billing\n---\n# Billing "
				+ CORPUS.get(2).text() + "\n");
		Examples.write(root, "components/billing-service.md", "---\nsystem: billing\nrepository: "
				+ "https://deploy:FakePassw0rd9@git.example.com/billing.git\n---\n# Billing service "
				+ CORPUS.get(7).text() + "\n\nTalks to [the webhook](" + CORPUS.get(6).text() + ").\n");
		Examples.write(root, "components/" + TOKEN_NAME + ".md", "---\nsystem: billing\ndepends-on: [billing-service]\n"
				+ "---\n# Ledger\n\nKeeps the books.\n");
		Examples.write(root, "decisions/0001-keep-secrets-out.md", """
				---
				status: accepted
				date: 2026-01-02
				tags: [%s]
				links:
				  - type: depends-on
				    target: 0002-harmless
				    note: "rotated with %s"
				---
				# Keep secrets out %s

				## Context and Problem Statement

				Every shape, one per line:

				%s

				```
				%s
				```

				## Decision Outcome

				See [the dashboard](https://admin:FakePassw0rd9@dash.example.com/) and ![chart](%s).

				## Notes %s

				More %s.
				""".formatted(CORPUS.get(7).text(), CORPUS.get(10).text(), CORPUS.get(5).text(), all, privateKey,
				CORPUS.get(6).text(), CORPUS.get(11).text(), CORPUS.get(16).text()));
		Examples.write(root, "decisions/0002-harmless.md", """
				---
				status: proposed
				date: 2026-01-03
				---
				# Name the services

				## Context and Problem Statement

				%s

				""".formatted(String.join("\n\n", HARMLESS)));
		return root;
	}

	/** Asserts that no text holds a secret of the corpus or the token name. */
	public static void assertNoSecret(String where, String text) {
		for (Credential credential : CORPUS) {
			assertFalse(text.contains(credential.secret()), where + " shows the " + credential.kind());
		}
		assertFalse(text.contains(TOKEN_NAME), where + " shows the token used as a file name");
		assertFalse(text.contains(TOKEN_NAME.toLowerCase(Locale.ROOT)), where + " shows the token name");
	}

	/** Asserts that no file under the folder holds a secret, in its name or (text files) its content. */
	public static int assertNoSecretIn(Path folder) throws IOException {
		int files = 0;
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				assertNoSecret(file.toString(), folder.relativize(file).toString());
				String name = file.getFileName().toString();
				if (name.matches(".*\\.(html|js|css|md|json|svg|txt)")) {
					assertNoSecret(file.toString(), Files.readString(file));
					files++;
				}
			}
		}
		return files;
	}

	/** Asserts that the ordinary text of the corpus is shown as written. */
	public static void assertHarmlessKept(String where, String text) {
		// Markdown escapes some punctuation with a backslash
		String plain = text.replace("\\", "");
		for (String harmless : HARMLESS) {
			assertTrue(plain.contains(harmless), where + " lost '" + harmless + "'");
		}
	}
}
