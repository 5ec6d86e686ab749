package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's HTML pack, exported by the real distribution, opened page by page from {@code file://} in real headless
 * Chromium: no console error, every link and anchor leads somewhere, the status filter and the offline search work.
 * Screenshots go to {@code target/screenshots/}.
 */
class HtmlPackInBrowserTest {

	@TempDir
	Path temp;

	@Test
	@SuppressWarnings("unchecked")
	void everyPageOfTheExamplePackWorksOfflineInChromium() throws Exception {
		Path example = Path.of(System.getProperty("baton.root", "../..")).resolve("examples/larkspur-platform");
		BatonCommandTest.Result export = BatonCommandTest.run(temp, "--as-of", "2026-11-28", "export", "-C",
				example.toString(), "-o", "pack", "-f", "html");
		assertEquals(1, export.exit(), export.err());
		Path site = temp.resolve("pack").toRealPath();
		List<Path> pages;
		try (Stream<Path> walk = Files.walk(site)) {
			pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		Path screenshots = Path.of("target/screenshots").toAbsolutePath();
		Map<Path, Set<String>> ids = new HashMap<>();
		List<String[]> links = new ArrayList<>();
		try (Chromium chromium = Chromium.start(temp.resolve("profile"))) {
			for (Path page : pages) {
				chromium.open(page.toUri().toString());
				ids.put(page, new HashSet<>((List<String>) chromium.evaluate(
						"Array.from(document.querySelectorAll('[id]')).map(e => e.id)")));
				// getAttribute: an SVG link's href is not a string property
				for (String url : (List<String>) chromium.evaluate("Array.from(document.querySelectorAll("
						+ "'a[href], img[src], link[href], script[src]')).map(e => new URL(e.getAttribute('href') "
						+ "|| e.getAttribute('src'), location.href).href)")) {
					links.add(new String[] { site.relativize(page).toString(), url });
				}
			}
			assertEquals(List.of(), chromium.errors, "console errors while loading the pages");
			List<String> broken = new ArrayList<>();
			for (String[] link : links) {
				URI uri = URI.create(link[1]);
				if (!"file".equals(uri.getScheme())) {
					continue;
				}
				Path target = Path.of(uri.getPath());
				if (!Files.isRegularFile(target)) {
					broken.add(link[0] + " -> " + link[1]);
				} else if (uri.getFragment() != null && !uri.getFragment().isEmpty()
						&& !ids.getOrDefault(target, Set.of()).contains(uri.getFragment())) {
					broken.add(link[0] + " -> " + link[1] + " (no such anchor)");
				}
			}
			assertEquals(List.of(), broken);
			assertTrue(links.size() > 1000, links.size() + " links checked");

			chromium.open(site.resolve("index.html").toUri().toString());
			chromium.screenshot(screenshots.resolve("pack-overview.png"));

			chromium.open(site.resolve("sections/architecture.html").toUri().toString());
			assertTrue(
					((Number) chromium.evaluate("document.querySelectorAll('figure.diagram svg').length"))
							.intValue() >= 4,
					"the context diagram and one per internal system");
			chromium.screenshot(screenshots.resolve("pack-architecture.png"));

			chromium.open(site.resolve("sections/decision-history.html").toUri().toString());
			Object visible = chromium.evaluate("(() => { const s = document.querySelector('select[data-filter-table]');"
					+ " s.value = 'superseded'; s.dispatchEvent(new Event('change'));"
					+ " return Array.from(document.querySelectorAll('#table-decision-log tbody tr')).filter(r => "
					+ "!r.hidden).length; })()");
			assertEquals(4, ((Number) visible).intValue(), "superseded decisions after filtering");
			chromium.screenshot(screenshots.resolve("pack-decision-log-superseded.png"));

			chromium.open(site.resolve("decisions/0009-move-parcel-data-to-postgresql.html").toUri().toString());
			chromium.screenshot(screenshots.resolve("pack-decision.png"));

			// a word of a decision's text, typed into the search box of the overview
			chromium.open(site.resolve("search.html").toUri() + "?q=JSONB");
			List<String> results = (List<String>) chromium.evaluate(
					"Array.from(document.querySelectorAll('#search-results a')).map(a => a.getAttribute('href'))");
			assertTrue(results.contains("decisions/0009-move-parcel-data-to-postgresql.html"), results.toString());
			assertTrue(((String) chromium.evaluate("document.getElementById('search-count').textContent"))
					.endsWith("for “JSONB”"));
			chromium.screenshot(screenshots.resolve("pack-search.png"));
			assertEquals(List.of(), chromium.errors, "console errors");
		}
		assertTrue(Files.size(screenshots.resolve("pack-overview.png")) > 10_000);
	}
}
