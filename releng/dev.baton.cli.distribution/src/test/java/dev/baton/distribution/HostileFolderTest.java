package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.distribution.BatonCommandTest.Result;

/**
 * The hostile folder: records that are links to /etc/passwd, /proc/self/environ and /dev/zero, a named pipe, a
 * link to a folder outside, specifications outside, YAML nested deep or with an alias in its own anchor, a record over
 * the size limit, file names that try to forge log lines. {@code baton export} and {@code baton validate} finish in
 * time, publish nothing from outside the folder, and report each problem with its file.
 */
class HostileFolderTest {

	/** In every file outside the folder, and in the environment of the command (/proc/self/environ). */
	private static final String MARKER = "HOSTILE-OUTSIDE-MARKER-9c1e";
	private static final int SECONDS = 120;

	@TempDir
	Path temp;

	private Path arch;

	private Path write(String relative, String text) throws IOException {
		Path file = arch.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private void hostileFolder() throws Exception {
		arch = temp.resolve("arch");
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Files.writeString(outside.resolve("secret.md"), "---\nowner: x\n---\n# " + MARKER + "\n");
		Files.writeString(outside.resolve("spec.yaml"), "openapi: 3.0.0\ninfo: {title: " + MARKER + ", version: '1'}\n"
				+ "servers: [{url: 'https://" + MARKER + ".example'}]\npaths: {/a: {get: {summary: " + MARKER
				+ "}}}\n");
		Files.createDirectories(outside.resolve("more"));
		Files.writeString(outside.resolve("more/other.md"), "# " + MARKER + "\n");
		write("baton.yaml", "name: Hostile\n");
		write("components/good.md", "---\ntype: service\n---\n# Good\n");
		write("decisions/0001-use-x.md", "---\nstatus: accepted\n---\n# Use X\n");
		Files.createSymbolicLink(arch.resolve("components/passwd.md"), Path.of("/etc/passwd"));
		Files.createSymbolicLink(arch.resolve("components/environ.md"), Path.of("/proc/self/environ"));
		Files.createSymbolicLink(arch.resolve("components/zero.md"), Path.of("/dev/zero"));
		Files.createSymbolicLink(arch.resolve("components/stdin.md"), Path.of("/dev/stdin"));
		Files.createSymbolicLink(arch.resolve("components/secret.md"), outside.resolve("secret.md"));
		Files.createSymbolicLink(arch.resolve("components/elsewhere"), outside.resolve("more"));
		Files.createSymbolicLink(arch.resolve("components/loop"), arch.resolve("components"));
		Process mkfifo = new ProcessBuilder("mkfifo", arch.resolve("components/pipe.md").toString()).start();
		assertEquals(0, mkfifo.waitFor());
		write("interfaces/relative.md", "---\nspecification: ../../outside/spec.yaml\n---\n# Relative\n");
		write("interfaces/absolute.md", "---\nspecification: " + outside.resolve("spec.yaml") + "\n---\n# Absolute\n");
		write("components/deep.md", "---\ntags: " + "[".repeat(2500) + "]".repeat(2500) + "\n---\n# Deep\n");
		write("components/anchors.md", "---\ntags: &a [x, *a]\n---\n# Anchors\n");
		try (RandomAccessFile huge = new RandomAccessFile(arch.resolve("components/huge.md").toFile(), "rw")) {
			huge.setLength(11L * 1024 * 1024);
		}
		write("components/evil\n::error file=x::forged.md", "---\nowner: [x\n---\n# Evil\n");
		write("components/\u001b[2Kcolour.md", "---\nowner: [x\n---\n# Colour\n");
	}

	/** Runs bin/baton with the marker in its environment, stdin left open, within the time bound. */
	private static Result run(Path directory, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(BatonCommandTest.baton().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().put("BATON_HOSTILE_TEST", MARKER);
		Path out = Files.createTempFile("baton-out", ".txt");
		Path err = Files.createTempFile("baton-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			assertTrue(process.waitFor(SECONDS, TimeUnit.SECONDS), "baton " + String.join(" ", args)
					+ " did not finish within " + SECONDS + " s");
		} finally {
			process.destroyForcibly();
		}
		System.out.printf("baton %s: %.1f s%n", String.join(" ", args), (System.nanoTime() - start) / 1e9);
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	@Test
	void exportAndValidateFinishPublishNothingFromOutsideAndNameEachFile() throws Exception {
		hostileFolder();
		Result export = run(temp, "--as-of", "2026-11-28", "export", "-C", arch.toString(), "-o", "pack");
		assertTrue(export.exit() <= 1, export.err());
		assertFalse(export.err().contains("OutOfMemoryError") || export.err().contains("StackOverflowError"),
				export.err());
		try (Stream<Path> written = Files.walk(temp.resolve("pack"))) {
			assertTrue(written.filter(Files::isRegularFile).count() > 3, "no pack written");
		}
		assertNothingFromOutside(temp.resolve("pack"));
		assertFalse(export.out().contains(MARKER) || export.err().contains(MARKER), export.err());
		assertEachProblemNamed(export.err());
		assertNoForgedLine(export.err());

		Result validate = run(temp, "--as-of", "2026-11-28", "validate", "-C", arch.toString());
		assertTrue(validate.exit() <= 1, validate.err());
		assertFalse(validate.out().contains(MARKER) || validate.err().contains(MARKER), validate.out());
		assertEachProblemNamed(validate.err());
		assertNoForgedLine(validate.err());
		assertNoForgedLine(validate.out());
		String both = validate.out() + validate.err();
		assertTrue(both.lines().anyMatch(l -> l.contains("spec.yaml")
				&& l.contains("leads outside the architecture folder")), both);
	}

	@Test
	void aTemplateLinkedOutOfTheFolderIsNotCopiedIntoANewDecision() throws Exception {
		arch = temp.resolve("arch");
		write("baton.yaml", "name: Hostile\n");
		write("decisions/0001-use-x.md", "# Use X\n");
		Files.createDirectories(arch.resolve("decisions/templates"));
		Files.createSymbolicLink(arch.resolve("decisions/templates/template.md"), Path.of("/proc/self/environ"));
		Result result = run(arch, "new", "Use Y");
		assertEquals(2, result.exit(), result.err());
		assertTrue(result.err().contains("decisions/templates/template.md leads outside the architecture folder"),
				result.err());
		assertNothingFromOutside(arch);
	}

	private static void assertNothingFromOutside(Path pack) throws IOException {
		assertTrue(Files.isDirectory(pack), "no pack written");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(pack)) {
			files = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
		}
		for (Path file : files) {
			String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			assertFalse(text.contains(MARKER), file + " holds text from outside the folder");
			assertFalse(text.contains("root:x:0:0"), file + " holds /etc/passwd");
			assertFalse(text.contains("BATON_HOSTILE_TEST"), file + " holds the environment");
		}
	}

	private static void assertEachProblemNamed(String err) {
		for (String file : List.of("components/passwd.md", "components/environ.md", "components/zero.md",
				"components/stdin.md", "components/secret.md", "components/elsewhere", "components/pipe.md",
				"components/deep.md:2", "components/anchors.md:2", "components/huge.md")) {
			assertTrue(err.contains(file + ": error: ") || err.contains(file + ":"), file + " not reported in\n" + err);
		}
	}

	/** No line starts with what a file name tried to forge: a finding of its own, a CI workflow command. */
	private static void assertNoForgedLine(String output) {
		for (String line : output.split("\n", -1)) {
			assertFalse(line.startsWith("::"), line);
			assertFalse(line.contains("\u001b"), line);
			assertFalse(line.contains("\r"), line);
		}
		assertTrue(output.isEmpty() || !output.contains("forged.md")
				|| output.contains("evil\\n::error file=x::forged.md"), output);
	}
}
