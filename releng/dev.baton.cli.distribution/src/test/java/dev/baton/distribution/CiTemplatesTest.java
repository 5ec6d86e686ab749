package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI templates of {@code docs/ci.md}, run: both YAML blocks parse, and every shell line of them that calls
 * {@code baton} runs as written, with {@code sh}, in a clone of a repository holding the example architecture, on a
 * branch that changes one decision, with the values a pull request from that branch would give the CI variables.
 */
class CiTemplatesTest {

	private static final Path ROOT = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");
	private static final String DECISION = "docs/architecture/decisions/0005-use-rabbitmq-for-parcel-events.md";

	@TempDir
	Path temp;

	private TestGit.Ran sh(Path dir, String script) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(dir.toFile());
		Map<String, String> env = builder.environment();
		env.put("PATH", BatonCommandTest.baton().getParent() + ":" + env.get("PATH"));
		// what GitLab sets for a merge request from the branch
		env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", "origin/main");
		return TestGit.run(builder, temp, temp, 180);
	}

	/** The shell lines of the templates that call baton, with GitHub's expressions as a pull request gives them. */
	private static List<String> batonLines(String page) {
		List<String> lines = new ArrayList<>();
		Matcher block = YAML_BLOCK.matcher(page);
		while (block.find()) {
			Object yaml = new Load(LoadSettings.builder().build()).loadFromString(block.group(1));
			collect(yaml, lines);
		}
		return lines.stream().map(line -> line.replace("${{ github.base_ref }}", "main")).toList();
	}

	private static void collect(Object yaml, List<String> lines) {
		if (yaml instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if (("run".equals(key) || "script".equals(key)) && value instanceof String text) {
					text.lines().filter(l -> l.strip().startsWith("baton ") || l.contains("then baton "))
							.forEach(lines::add);
				} else if ("script".equals(key) && value instanceof List<?> list) {
					list.stream().map(String::valueOf)
							.filter(l -> l.strip().startsWith("baton ") || l.contains("then baton "))
							.forEach(lines::add);
				} else {
					collect(value, lines);
				}
			});
		} else if (yaml instanceof List<?> list) {
			list.forEach(item -> collect(item, lines));
		}
	}

	@Test
	void everyBatonLineOfTheTemplatesRunsOnAPullRequestBranch() throws Exception {
		String page = Files.readString(ROOT.resolve("docs/ci.md"), StandardCharsets.UTF_8);
		List<String> lines = batonLines(page);
		assertEquals(6, lines.size(), String.join("\n", lines)); // validate, diff, export in each
		Path origin = Files.createDirectories(temp.resolve("origin"));
		copy(ROOT.resolve("examples/larkspur-platform"), origin.resolve("docs/architecture"));
		assertEquals(0, sh(origin, "git init -q -b main && git add . && git commit -q -m 'The platform'").exit());
		Path clone = temp.resolve("clone");
		assertEquals(0, sh(temp, "git clone -q origin clone && cd clone && git checkout -q -b feature").exit());
		Path decision = clone.resolve(DECISION);
		String text = Files.readString(decision, StandardCharsets.UTF_8);
		String changed = text.replaceFirst("(?m)^status: \\w+$", "status: deprecated");
		assertTrue(!changed.equals(text), "the decision has a status line to change");
		Files.writeString(decision, changed, StandardCharsets.UTF_8);
		assertEquals(0, sh(clone, "git commit -q -am 'Deprecate RabbitMQ'").exit());

		for (String line : lines) {
			TestGit.Ran ran = sh(clone, line);
			assertEquals(0, ran.exit(), line + "\n" + ran.output());
		}
		String sarif = Files.readString(clone.resolve("baton.sarif"), StandardCharsets.UTF_8);
		assertTrue(sarif.contains("\"version\": \"2.1.0\"") || sarif.contains("\"version\":\"2.1.0\""), sarif);
		assertTrue(Files.readString(clone.resolve("baton-junit.xml")).contains("<testsuite"));
		String diff = Files.readString(clone.resolve("baton-diff.md"), StandardCharsets.UTF_8);
		assertTrue(diff.contains("0005-use-rabbitmq-for-parcel-events") && diff.contains("deprecated"), diff);
		assertTrue(Files.isRegularFile(clone.resolve("handover-pack/index.html")));
		assertTrue(Files.isRegularFile(clone.resolve("handover-pack/pack.json")));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
