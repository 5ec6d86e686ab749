package dev.baton.export.html;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.baton.pack.Pack;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.testing.Examples;
import dev.baton.testing.HostileProse;

/**
 * One record of 2 MB in each hostile shape ({@link HostileProse}) is loaded, packed and written as the HTML site in
 * linear time, and its prose is written whole. The bound is generous for a loaded machine; each takes a few seconds at
 * most on an idle one.
 */
class HtmlHostileProseTest {

	private static final int SIZE = 2_000_000;
	static final List<String> SHAPES = HostileProse.SHAPES;

	@TempDir
	Path temp;

	@ParameterizedTest
	@FieldSource("SHAPES")
	void aTwoMegabyteRecordIsWrittenInLinearTime(String shape) throws IOException {
		Path root = HostileProse.folder(temp.resolve("arch"), shape, SIZE);
		Path out = temp.resolve("out");
		long start = System.nanoTime();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			BasicDiagnostic findings = new BasicDiagnostic();
			Pack pack = Pack.build(ArchitectureFolder.load(root, LoadOptions.defaults()).architecture(),
					Examples.CONTEXT, findings);
			return HtmlSite.write(pack, out, null, findings, new BasicMonitor());
		});
		System.out.printf(Locale.ROOT, "%s: %s of 2 MB in %.2f s%n", getClass().getSimpleName(), shape,
				(System.nanoTime() - start) / 1e9);
		assertTrue(whole(out, ".html"), shape + ": no page ends with the record's last paragraph");
	}

	/** Whether a page of the record (the largest) holds its last paragraph. */
	private static boolean whole(Path out, String extension) throws IOException {
		try (Stream<Path> files = Files.walk(out)) {
			Path largest = files.filter(f -> f.toString().endsWith(extension))
					.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
			return Files.readString(largest).contains(HostileProse.END) && Files.size(largest) > 100_000;
		}
	}
}
