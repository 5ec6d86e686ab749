package dev.baton.validation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.api.RunContext;

/**
 * The credential scan of one run ({@link RunContext#sharing()}): each text is scanned by {@link Credentials#find} once,
 * however many parts of the run look at it. An export looks at every text of every record three times (the readiness
 * rule, the redacted view, the pack's pages), and the scan is most of the time of a record's text; a context that
 * shares nothing scans every time.
 */
public final class CredentialScan {

	private static final RunContext.Shared.Kind<CredentialScan> SHARED =
			new RunContext.Shared.Kind<>("credential scan", CredentialScan.class);

	/** Shorter texts are scanned again: that is cheaper than remembering them. */
	private static final int REMEMBERED = 64;

	private final Map<String, Optional<String>> kinds = new ConcurrentHashMap<>();

	private CredentialScan() {
	}

	/** The scan of the run of {@code context}. */
	public static CredentialScan of(RunContext context) {
		return context.shared().get(SHARED, SHARED, CredentialScan::new);
	}

	/** {@link Credentials#find}, remembered for the run. */
	public Optional<String> find(String text) {
		if (text == null || text.length() < REMEMBERED) {
			return Credentials.find(text);
		}
		return kinds.computeIfAbsent(text, Credentials::find);
	}
}
