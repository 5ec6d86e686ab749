package dev.baton.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import dev.baton.api.RunContext;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.FolderLayout;
import dev.baton.store.LoadOptions;

/** The bundled example architecture and small folders of the tests' own. */
public final class Examples {

	/** The date the example's pack is judged against in tests. */
	public static final RunContext CONTEXT = RunContext.asOf(LocalDate.of(2026, 11, 28));

	private Examples() {
	}

	public static Path repository() {
		return Path.of(System.getProperty("baton.root", "../..")).toAbsolutePath().normalize();
	}

	public static ArchitectureFolder larkspur() {
		return ArchitectureFolder.load(repository().resolve("examples/larkspur-platform"), LoadOptions.defaults());
	}

	/** A folder with records that try to smuggle script into the pack, and a secret. */
	public static ArchitectureFolder hostile(Path folder) throws IOException {
		write(folder, FolderLayout.SETTINGS, "name: Probe <script>alert('name')</script>\n");
		write(folder, "decisions/0001-probe.md", """
				---
				status: accepted
				date: 2026-01-02
				tags: [xss, "<img src=x onerror=alert('tag')>"]
				---
				# Probe <script>alert('title')</script>

				## Context and Problem Statement

				<script>alert('block')</script>

				Inline <img src=x onerror="alert('inline')"> and [a link](javascript:alert('link')) and
				[data](data:text/html,<script>alert(1)</script>) and <a href="javascript:alert(2)">raw</a>.

				The deploy key is AKIAABCDEFGHIJKLMNOP and the DB password=Sup3rSecret!42 here.

				## Decision Outcome

				Use [the other record](../components/api.md) and [a web page](https://example.com/x?a=1&b=2).
				""");
		write(folder, "components/api.md", """
				---
				owner: nobody
				---
				# API "gateway" <b>bold</b>

				See ![diagram](missing.png) and [nothing](../nowhere.md).
				""");
		return ArchitectureFolder.load(folder, LoadOptions.defaults());
	}

	public static void write(Path folder, String relative, String text) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
