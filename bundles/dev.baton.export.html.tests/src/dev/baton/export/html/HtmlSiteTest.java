package dev.baton.export.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.Findings;
import dev.baton.pack.Pack;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.export.html.internal.HtmlExporter;
import dev.baton.testing.Examples;
import dev.baton.testing.Secrets;

class HtmlSiteTest {

	@TempDir
	Path temp;

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
	private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

	private static Path export(ArchitectureFolder folder, Path target, BasicDiagnostic findings) throws IOException {
		Pack pack = Pack.build(folder.architecture(), Examples.CONTEXT, findings);
		return HtmlSite.write(pack, target, null, findings, new BasicMonitor());
	}

	private static Map<String, String> pages(Path site) throws IOException {
		Map<String, String> pages = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(site)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
				pages.put(site.relativize(file).toString().replace('\\', '/'),
						Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return pages;
	}

	@Test
	void everyLinkAndAnchorOfTheExampleSiteLeadsSomewhere() throws IOException {
		BasicDiagnostic findings = new BasicDiagnostic();
		Path index = export(Examples.larkspur(), temp.resolve("site"), findings);
		Path site = index.getParent();
		assertEquals(site.resolve("index.html"), index);
		Map<String, String> pages = pages(site);
		assertTrue(pages.size() > 150, pages.size() + " pages");
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Path dir = site.resolve(page.getKey()).getParent();
			Matcher link = LINK.matcher(page.getValue());
			while (link.find()) {
				String href = link.group(1).replace("&amp;", "&");
				if (href.matches("(?i)(https?|mailto):.*")) {
					continue;
				}
				String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
				String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
				Path target = file.isEmpty() ? site.resolve(page.getKey())
						: dir.resolve(file.replaceFirst("\\?.*", "")).normalize();
				if (!Files.isRegularFile(target)) {
					broken.add(page.getKey() + " -> " + href);
				} else if (anchor != null && target.toString().endsWith(".html")) {
					String targetPage = Files.readString(target);
					if (!ID.matcher(targetPage).results().anyMatch(m -> m.group(1).equals(anchor))) {
						broken.add(page.getKey() + " -> " + href + " (no such anchor)");
					}
				}
			}
		}
		assertEquals(List.of(), broken);
		assertTrue(Files.isRegularFile(site.resolve("assets/style.css")));
		assertTrue(Files.readString(site.resolve("assets/search-index.js")).startsWith("window.BATON_SEARCH = ["));
		assertEquals(List.of(), Findings.leaves(findings).stream().map(Findings::format).toList());
	}

	@Test
	void theSiteIsTheSameBytesForTheSameFolderAndDate() throws IOException {
		Path one = export(Examples.larkspur(), temp.resolve("one"), new BasicDiagnostic()).getParent();
		Path two = export(Examples.larkspur(), temp.resolve("two"), new BasicDiagnostic()).getParent();
		Map<String, String> first = pages(one);
		Map<String, String> second = pages(two);
		assertEquals(first.keySet(), second.keySet());
		first.forEach((page, html) -> assertEquals(html, second.get(page), page));
		assertArrayEquals(Files.readAllBytes(one.resolve("assets/search-index.js")),
				Files.readAllBytes(two.resolve("assets/search-index.js")));
		assertFalse(first.get("index.html").matches("(?s).*\\b20\\d\\d-\\d\\d-\\d\\dT\\d\\d:.*"),
				"a timestamp in the page");
	}

	@Test
	void anExportOverAnEarlierOneLeavesUnchangedAssetsAloneAndRepairsDamagedOnes() throws IOException {
		Path site = export(Examples.larkspur(), temp.resolve("site"), new BasicDiagnostic()).getParent();
		Path style = site.resolve("assets/style.css");
		Path script = site.resolve("assets/pack.js");
		String css = Files.readString(style);
		String js = Files.readString(script);
		FileTime earlier = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(style, earlier);
		Files.writeString(script, js.substring(0, js.length() / 2));

		export(Examples.larkspur(), site, new BasicDiagnostic());

		assertEquals(earlier, Files.getLastModifiedTime(style), "an unchanged style sheet is not written again");
		assertEquals(css, Files.readString(style));
		assertEquals(js, Files.readString(script), "a cut script is written whole again");
	}

	@Test
	void nothingInARecordCanRunScriptInThePack() throws IOException {
		BasicDiagnostic findings = new BasicDiagnostic();
		Path site = export(Examples.hostile(temp.resolve("hostile")), temp.resolve("site"), findings).getParent();
		Map<String, String> pages = pages(site);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String html = page.getValue();
			String withoutOwnScripts =
					html.replaceAll("<script src=\"[./]*assets/(search-index|pack)\\.js\" defer></script>", "");
			assertFalse(withoutOwnScripts.toLowerCase().contains("<script"), page.getKey() + " has a script:\n" + html);
			assertFalse(html.matches("(?is).*<[^>]+\\son[a-z]+\\s*=.*"),
					page.getKey() + " has an event handler:\n" + html);
			assertFalse(html.matches("(?is).*(href|src|action)\\s*=\\s*\"\\s*javascript:.*"),
					page.getKey() + " has a javascript: URL");
			assertFalse(html.contains("href=\"data:"), page.getKey() + " has a data: link");
			assertFalse(html.contains("AKIAABCDEFGHIJKLMNOP"), page.getKey() + " shows a secret");
		}
		String probe = pages.get("decisions/0001-probe.html");
		assertTrue(probe.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), probe);
		assertTrue(probe.contains("href=\"../components/api.html\""),
				"links between records become links between pages");
		assertTrue(
				probe.contains("rel=\"noopener noreferrer\" href=\"https://example.com/x?a=1&amp;b=2\">a web page</a>"),
				probe);
		String search = Files.readString(site.resolve("assets/search-index.js"));
		assertFalse(search.contains("<script"), "the search index escapes markup");
		List<String> messages = Findings.leaves(findings).stream().map(Findings::format).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("components/api.md") && m.contains("'../nowhere.md'")),
				messages.toString());
		assertTrue(
				messages.stream().anyMatch(m -> m.contains("decisions/0001-probe.md") && m.contains("AWS access key")),
				messages.toString());
	}

	@Test
	void noCredentialReachesAPageTheSearchIndexOrADiagram() throws IOException {
		ArchitectureFolder folder =
				ArchitectureFolder.load(Secrets.folder(temp.resolve("arch")), LoadOptions.defaults());
		Path site = temp.resolve("site");
		// through the exporter service, as baton export runs it: diagrams included
		new HtmlExporter().export(folder.architecture(), site, Examples.CONTEXT.sharing(), new BasicDiagnostic());
		assertTrue(Secrets.assertNoSecretIn(site) > 10);
		Map<String, String> pages = pages(site);
		assertTrue(pages.containsKey("components/redacted-1.html"), pages.keySet().toString());
		String overview = pages.get("sections/architecture.html");
		assertTrue(overview.contains("<svg"), "the diagrams are drawn");
		assertTrue(overview.contains("Billing [redacted]"), "the system's redacted title in the diagram");
		assertTrue(overview.contains("Billing service [redacted]"), "the component's redacted title in the diagram");
		String decision = pages.get("decisions/0001-keep-secrets-out.html");
		assertTrue(decision.contains("rotated with Authorization: Bearer [redacted]"), "the link's note, redacted");
		assertTrue(Files.readString(site.resolve("assets/search-index.js")).contains("[redacted]"));
		Secrets.assertHarmlessKept("the decision page", pages.get("decisions/0002-harmless.html"));
	}

	@Test
	void theSearchIndexFindsADecisionByAWordOfItsContext() throws IOException {
		Path site = export(Examples.larkspur(), temp.resolve("site"), new BasicDiagnostic()).getParent();
		String index = Files.readString(site.resolve("assets/search-index.js"));
		String decision = Files.readString(Examples.repository()
				.resolve("examples/larkspur-platform/decisions/0009-move-parcel-data-to-postgresql.md"));
		assertTrue(decision.contains("JSONB"), "the fixture's word");
		assertTrue(Pattern.compile(
				"\\{\"t\":\"9\\. Move parcel data to PostgreSQL\",\"u\":\"decisions/0009-move-parcel-data-to-postgresql"
						+ "\\.html\",\"k\":\"decision\",\"x\":\"(?:[^\"\\\\]|\\\\.)*JSONB")
				.matcher(index).find(), index.substring(0, 2000));
	}

	@Test
	void theSearchTextHasOneSpaceForEachRunOfWhiteSpaceAndStopsAtTheLimit() {
		assertEquals("a b c", HtmlSite.collapseWhitespace("\n  a \t\n b\r\nc  \n", 100));
		assertEquals("alpha be", HtmlSite.collapseWhitespace("alpha   beta gamma", 8));
		assertEquals("alpha", HtmlSite.collapseWhitespace("alpha   beta", 6));
		assertEquals("", HtmlSite.collapseWhitespace(" \n\t ", 10));
	}
}
