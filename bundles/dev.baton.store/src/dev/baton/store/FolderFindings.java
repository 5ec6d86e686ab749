package dev.baton.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;

/**
 * The findings of a loaded folder by the file they are about, so that reading one file again replaces what was found in
 * it and leaves the rest. Findings that name no file (the folder itself) stay as the load found them.
 */
final class FolderFindings {

	private static final Path NO_FILE = Path.of("");

	private final String title;
	private final Map<Path, List<Diagnostic>> byFile = new HashMap<>();

	FolderFindings(Diagnostic loaded) {
		this.title = loaded.getMessage();
		for (Diagnostic finding : loaded.getChildren()) {
			add(fileOf(finding), finding);
		}
	}

	private static Path fileOf(Diagnostic finding) {
		SourceLocation location = SourceLocation.of(finding);
		return location == null || location.file() == null ? NO_FILE : location.file();
	}

	/** What reading a file found now, in place of what an earlier reading found. */
	void replace(Path file, List<Diagnostic> findings) {
		byFile.remove(file);
		findings.forEach(finding -> add(file, finding));
	}

	void add(Path file, Diagnostic finding) {
		byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(finding);
	}

	/** Findings of one kind (a code) about the whole folder, found again: they replace the earlier ones. */
	void replace(int code, List<Diagnostic> findings) {
		byFile.values().forEach(list -> list.removeIf(finding -> finding.getCode() == code));
		findings.forEach(finding -> add(fileOf(finding), finding));
	}

	/** Drops the finding that a reference of the file to {@code token} names nothing (it now does). */
	void forgetUnresolved(Path file, String token) {
		List<Diagnostic> findings = byFile.get(file);
		if (findings != null) {
			findings.removeIf(finding -> finding.getCode() == StoreFindings.UNRESOLVED_REFERENCE
					&& finding.getMessage().contains("'" + token + "'"));
		}
	}

	/** Every finding, the folder's first, then file by file in path order. */
	Diagnostic all() {
		BasicDiagnostic all = Findings.root(StoreFindings.SOURCE, title);
		byFile.keySet().stream().sorted(Comparator.comparing(Path::toString))
				.forEach(file -> byFile.get(file).forEach(all::add));
		return all;
	}
}
