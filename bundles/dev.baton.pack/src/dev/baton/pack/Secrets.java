package dev.baton.pack;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like a credential: cloud keys, tokens, private keys, passwords in
 * assignments and URLs. A pack never shows them: they are replaced by {@value #REDACTED} and
 * reported, with the record and the field, never the value.
 */
public final class Secrets {

	/** What a redacted secret is replaced with. */
	public static final String REDACTED = "[redacted]";

	/** A kind of secret and the pattern that finds it (group "secret" is the part replaced, else the whole match). */
	public record Kind(String name, Pattern pattern) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("private key", Pattern.compile(
					"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\\s\\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)")),
			new Kind("AWS access key", Pattern.compile("\\b(?<secret>(?:AKIA|ASIA)[0-9A-Z]{16})\\b")),
			new Kind("GitHub token", Pattern.compile("\\b(?<secret>gh[pousr]_[A-Za-z0-9]{36,})\\b")),
			new Kind("Slack token", Pattern.compile("\\b(?<secret>xox[abprs]-[A-Za-z0-9-]{10,})\\b")),
			new Kind("Google API key", Pattern.compile("\\b(?<secret>AIza[0-9A-Za-z_-]{35})\\b")),
			new Kind("Stripe key", Pattern.compile("\\b(?<secret>[sr]k_live_[0-9A-Za-z]{16,})\\b")),
			new Kind("JSON web token", Pattern.compile("\\b(?<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})")),
			new Kind("password in a URL", Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:(?<secret>[^@\\s/]{3,})@")),
			new Kind("password or key assignment", Pattern.compile(
					"(?i)\\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?key|auth[_-]?token|token)\\b\\s*[:=]\\s*"
							+ "[\"']?(?<secret>(?![<{\\[(]|\\$\\{)(?=[^\\s\"']*[0-9])[^\\s\"'`]{6,})")));

	/** Every kind in one pattern: most text holds no secret and is scanned once. */
	private static final Pattern ANY = Pattern.compile(String.join("|", KINDS.stream()
			.map(k -> "(?:" + k.pattern().pattern().replace("?<secret>", "") + ")").toList()));

	private Secrets() {
	}

	/** Every kind of secret looked for. */
	public static List<Kind> kinds() {
		return KINDS;
	}

	/** The name of the first kind of secret the text holds, or {@code null}. */
	public static String find(String text) {
		if (text == null || text.isEmpty() || !ANY.matcher(text).find()) {
			return null;
		}
		for (Kind kind : KINDS) {
			if (kind.pattern().matcher(text).find()) {
				return kind.name();
			}
		}
		return null;
	}

	/** The text with every secret replaced by {@value #REDACTED}. */
	public static String redact(String text) {
		if (text == null || text.isEmpty() || !ANY.matcher(text).find()) {
			return text;
		}
		String result = text;
		for (Kind kind : KINDS) {
			Matcher matcher = kind.pattern().matcher(result);
			StringBuilder out = new StringBuilder();
			boolean any = false;
			while (matcher.find()) {
				any = true;
				boolean group = kind.pattern().pattern().contains("(?<secret>");
				int start = group ? matcher.start("secret") : matcher.start();
				int end = group ? matcher.end("secret") : matcher.end();
				matcher.appendReplacement(out, Matcher.quoteReplacement(
						result.substring(matcher.start(), start) + REDACTED + result.substring(end, matcher.end())));
			}
			if (any) {
				matcher.appendTail(out);
				result = out.toString();
			}
		}
		return result;
	}
}
