package dev.baton.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The repository's hand-written Java keeps to the style: no line over 120 columns, no qualified type name where an
 * import would do, and the formatter of the build has the Eclipse settings of the bundles. Each offence is named by
 * file and line; {@code releng/dev.baton.style/restyle.sh} fixes most of them (CONTRIBUTING.md, "Code style").
 */
class CodeStyleTest {

	private static final Path ROOT = Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	private static final StyleCheck CHECK = new StyleCheck(ROOT);

	@Test
	void theCheckReadsEveryHandWrittenFileAndNoGeneratedOne() {
		List<String> files = CHECK.files().stream().map(file -> JavaSources.relative(ROOT, file)).toList();
		assertTrue(files.size() > 300, files.size() + " files");
		assertTrue(files.contains("releng/notice/ThirdPartyNotice.java"), "releng/notice");
		assertTrue(files.contains("releng/dev.baton.style/src/test/java/dev/baton/style/CodeStyleTest.java"));
		assertTrue(files.stream().anyMatch(file -> file.startsWith("bundles/dev.baton.model/src/")), "model's src/");
		assertTrue(files.stream().noneMatch(file -> file.contains("/src-gen/")), "src-gen/ is generated");
	}

	@Test
	void noLineIsWiderThan120Columns() {
		List<String> offences = CHECK.longLines();
		assertTrue(offences.isEmpty(), offences.size() + " lines wider than " + Columns.LIMIT
				+ " columns (a tab counts to the next multiple of 4); wrap them, or run "
				+ "releng/dev.baton.style/restyle.sh:\n"
				+ String.join("\n", offences));
	}

	@Test
	void noQualifiedTypeNameWhereAnImportWouldDo() {
		List<String> offences = CHECK.qualifiedNames(false);
		assertTrue(offences.isEmpty(), offences.size() + " qualified type names an import would shorten; import them, "
				+ "or run releng/dev.baton.style/restyle.sh:\n" + String.join("\n", offences));
	}

	@Test
	void theBuildsFormatterProfileHasTheSettingsOfTheBundles() throws IOException {
		Properties prefs = new Properties();
		prefs.load(new StringReader(Files.readString(ROOT.resolve("releng/settings/org.eclipse.jdt.core.prefs"))));
		TreeMap<String, String> expected = new TreeMap<>();
		for (String key : prefs.stringPropertyNames()) {
			if (key.startsWith("org.eclipse.jdt.core.formatter.")) {
				expected.put(key, prefs.getProperty(key));
			}
		}
		String profile = Files.readString(ROOT.resolve("releng/settings/formatter.xml"));
		TreeMap<String, String> actual = new TreeMap<>();
		Matcher setting = Pattern.compile("<setting id=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(profile);
		while (setting.find()) {
			if (expected.containsKey(setting.group(1))) {
				actual.put(setting.group(1), setting.group(2).replace("&lt;", "<").replace("&quot;", "\"")
						.replace("&amp;", "&"));
			}
		}
		assertEquals(expected, actual, "releng/settings/formatter.xml must have every formatter setting of "
				+ "releng/settings/org.eclipse.jdt.core.prefs with the same value");
	}
}
