package dev.baton.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that looks like a credential: cloud and chat tokens by their well-known shapes, private key blocks,
 * and {@code password=...}-style assignments whose value looks like a secret rather than a placeholder or a reference
 * to where the secret is kept. It names the kind of credential only, never the text it found.
 */
public final class Credentials {

	private record Shape(String kind, Pattern pattern) {
	}

	private static final List<Shape> SHAPES = List.of(
			new Shape("private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
			new Shape("AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b")),
			new Shape("GitHub token",
					Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
			new Shape("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
			new Shape("Stripe secret key", Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{16,}")),
			new Shape("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
			new Shape("JSON web token",
					Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}+\\.eyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}")),
			new Shape("Slack webhook", Pattern.compile(
					"https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_-]++/[A-Za-z0-9_/-]{8,}")),
			new Shape("npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b")),
			new Shape("GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}")));

	/**
	 * A credential inside a longer phrase whose value alone is redacted: an HTTP
	 * {@code Authorization: Bearer|Basic|Token value} header, an Azure connection string's {@code AccountKey=} or
	 * {@code SharedAccessKey=}.
	 */
	private static final List<Shape> VALUES = List.of(
			new Shape("authorization header", Pattern.compile("(?i)\\bauthorization[\"']?\\s*[:=]\\s*[\"']?"
					+ "(?:bearer|basic|token|digest)\\s+([A-Za-z0-9._~+/-]{8,}=*)")),
			new Shape("Azure account key", Pattern.compile("(?i)\\b(?:AccountKey|SharedAccessKey)\\s*=\\s*"
					+ "([A-Za-z0-9+/]{20,}={0,2})")));

	/**
	 * {@code password = value}, {@code "client_secret": "value"}, {@code API_KEY=value},
	 * {@code aws_secret_access_key = value}, {@code //registry.npmjs.org/:_authToken=value}, ...
	 */
	private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<![A-Za-z0-9])"
			// a prefix such as aws_ or npm's _ (bounded, so no input makes the search backtrack far)
			+ "(?:[A-Za-z0-9]{0,20}[_-]){0,3}?(password|passwd|secret|client[_-]?secret|"
			+ "secret[_-]?access[_-]?key|api[_-]?key|access[_-]?token|auth[_-]?token|token)[\"']?\\s*[:=]\\s*[\"']?"
			// possessive: the value's characters cannot end it, so nothing is given back on a long one
			+ "([^\\s\"'`,;)\\]}>]++)");

	/**
	 * A password in a URL: {@code postgres://app:value@host}. The scheme is bounded and the user and password are
	 * possessive, so a long run of text (a.b.c..., or a long token) is scanned once.
	 */
	private static final Pattern URL_PASSWORD = Pattern
			.compile("\\b[a-z][a-z0-9+.-]{0,31}://[^/\\s:@]++:([^@\\s/]++)@");

	/** What a credential is replaced with where it is shown (the handover pack). */
	public static final String REDACTED = "[redacted]";

	/** Values that stand for a secret without being one (the value stops before a closing bracket). */
	private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(?:<.*|\\$\\{.*|\\$\\(.*|\\$[A-Z_]+|\\{\\{.*|%.*%|"
			+ "[x*.#-]+|(?:redacted|changeme|example|dummy|none|null|empty|secret|password|required|optional|"
			+ "true|false|yes|no|string)\\w*)$");
	private static final Pattern REFERENCE = Pattern.compile("^[a-z0-9]+(?:[/:._-][a-z0-9]+)+$");

	private Credentials() {
	}

	/** The kind of the first credential-like text in {@code text} ("GitHub token", ...), if any. */
	public static Optional<String> find(String text) {
		if (text == null || text.isEmpty() || !mayHold(text)) {
			return Optional.empty();
		}
		for (Shape shape : SHAPES) {
			Matcher matcher = shape.pattern().matcher(text);
			while (matcher.find()) {
				if (!matcher.group().toUpperCase(Locale.ROOT).endsWith("EXAMPLE")) {
					return Optional.of(shape.kind());
				}
			}
		}
		for (Shape shape : VALUES) {
			Matcher matcher = shape.pattern().matcher(text);
			while (matcher.find()) {
				if (!matcher.group(1).toUpperCase(Locale.ROOT).endsWith("EXAMPLE")) {
					return Optional.of(shape.kind());
				}
			}
		}
		Matcher assignment = ASSIGNMENT.matcher(text);
		while (assignment.find()) {
			if (looksSecret(assignment.group(2))) {
				return Optional.of(assignment.group(1).toLowerCase(Locale.ROOT).replace('_', '-') + " value");
			}
		}
		Matcher url = URL_PASSWORD.matcher(text);
		while (url.find()) {
			if (looksSecret(url.group(1))) {
				return Optional.of("password in a URL");
			}
		}
		return Optional.empty();
	}

	/**
	 * The text with every credential {@link #find} recognises replaced by {@value #REDACTED}: a token's whole shape, a
	 * private key's whole block, an assignment's or a URL's value only (so {@code password=[redacted]} still says what
	 * was there).
	 */
	public static String redact(String text) {
		if (find(text).isEmpty()) {
			return text;
		}
		String result = text;
		for (Shape shape : SHAPES) {
			Pattern pattern = shape.kind().equals("private key")
					? Pattern.compile(shape.pattern().pattern()
							+ "[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)")
					: shape.pattern();
			result = replace(result, pattern, 0, m -> !m.group().toUpperCase(Locale.ROOT).endsWith("EXAMPLE"));
		}
		for (Shape shape : VALUES) {
			result = replace(result, shape.pattern(), 1, m -> !m.group(1).toUpperCase(Locale.ROOT).endsWith("EXAMPLE"));
		}
		result = replace(result, ASSIGNMENT, 2, m -> looksSecret(m.group(2)));
		return replace(result, URL_PASSWORD, 1, m -> looksSecret(m.group(1)));
	}

	private static String replace(String text, Pattern pattern, int group, Predicate<Matcher> secret) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (matcher.find()) {
			if (secret.test(matcher)) {
				out.append(text, at, matcher.start(group)).append(REDACTED);
				at = matcher.end(group);
			}
		}
		return at == 0 ? text : out.append(text, at, text.length()).toString();
	}

	/**
	 * The assignment's words all hold one of these in their last letters (password, api_key, client-secret, AccountKey,
	 * an Authorization header, ...).
	 */
	private static final List<String> ASSIGNMENT_MARKS = List.of("pass", "secret", "key", "token", "authorization");
	private static final int ASSIGNMENT_WORD = 20;

	/**
	 * Whether the text can hold a credential at all: a token's mark, an assignment's word right before a ':' or '=', or
	 * a URL with a user. Most text holds none, and is then not scanned by the patterns. Never false where a pattern
	 * would match.
	 */
	static boolean mayHold(String text) {
		// one pass; each mark is looked for only where its first character is
		boolean url = false;
		boolean at = false;
		for (int i = 0, n = text.length(); i < n; i++) {
			switch (text.charAt(i)) {
			case 'P' -> {
				if (text.startsWith("PRIVATE KEY", i)) {
					return true;
				}
			}
			case 'A' -> {
				if (text.startsWith("AKIA", i) || text.startsWith("ASIA", i) || text.startsWith("ABIA", i)
						|| text.startsWith("ACCA", i) || text.startsWith("AIza", i)) {
					return true;
				}
			}
			case 'g' -> {
				if (text.startsWith("github_pat_", i) || text.startsWith("glpat-", i)
						|| i + 3 < n && text.charAt(i + 1) == 'h'
								&& "pousr".indexOf(text.charAt(i + 2)) >= 0 && text.charAt(i + 3) == '_') {
					return true;
				}
			}
			case 'x' -> {
				if (text.startsWith("xox", i)) {
					return true;
				}
			}
			case 'h' -> {
				if (text.startsWith("hooks.slack.com", i)) {
					return true;
				}
			}
			case 'n' -> {
				if (text.startsWith("npm_", i)) {
					return true;
				}
			}
			case '_' -> {
				if (text.startsWith("_live_", i)) {
					return true;
				}
			}
			case 'e' -> {
				if (text.startsWith("eyJ", i)) {
					return true;
				}
			}
			case ':' -> {
				if (assignmentBefore(text, i)) {
					return true;
				}
				url |= text.startsWith("://", i);
			}
			case '=' -> {
				if (assignmentBefore(text, i)) {
					return true;
				}
			}
			case '@' -> at = true;
			default -> {
				// nothing starts here
			}
			}
		}
		return url && at;
	}

	/** Whether an assignment's word ends before {@code at}, past white space and one quote. */
	private static boolean assignmentBefore(String text, int at) {
		int end = at;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'')) {
			end--;
		}
		int from = Math.max(0, end - ASSIGNMENT_WORD);
		for (String mark : ASSIGNMENT_MARKS) {
			for (int i = from; i + mark.length() <= end; i++) {
				if (text.regionMatches(true, i, mark, 0, mark.length())) {
					return true;
				}
			}
		}
		return false;
	}

	private static final int LONG_VALUE = 1000;

	/**
	 * At least 6 characters, not a placeholder, not a lower-case path to where the secret lives
	 * ({@code prod/billing/api-key}), and not a plain word: a digit, a symbol or mixed case.
	 */
	private static boolean looksSecret(String value) {
		// already redacted (the pack's text is redacted once and may be looked at again); an
		// assignment's value stops before the closing bracket
		if (value.length() > LONG_VALUE) {
			// no placeholder or path is that long; and the patterns below would recurse once per part
			return true;
		}
		if (value.startsWith(REDACTED.substring(0, REDACTED.length() - 1)) || value.length() < 6
				|| PLACEHOLDER.matcher(value).matches() || REFERENCE.matcher(value).matches()) {
			return false;
		}
		boolean digit = value.chars().anyMatch(Character::isDigit);
		boolean symbol = value.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		boolean mixed =
				value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isLowerCase);
		return digit || symbol || mixed;
	}
}
