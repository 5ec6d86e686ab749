package dev.baton.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a failure leaves the old file as it was: the new bytes go to a
 * temporary file in the same folder, which then replaces the old one in one rename.
 */
public class AtomicFiles {

	/** Writes the text as UTF-8. */
	public void write(Path target, String text) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".baton-tmp");
		try {
			Files.write(temporary, text.getBytes(StandardCharsets.UTF_8));
			beforeReplace(temporary, target);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Called with the complete temporary file just before it replaces the target (tests make it fail). */
	protected void beforeReplace(Path temporary, Path target) throws IOException {
		// nothing by default
	}
}
