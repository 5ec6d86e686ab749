package dev.baton.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Makes git merge an architecture folder's records with {@link RecordMerge}: a {@code .gitattributes} entry at the top
 * of the repository giving the folder's Markdown files the {@code baton} merge driver (committed, so the whole team
 * shares it), and the driver's command in the repository's git configuration or in the user's. Without the command (a
 * clone where it is not installed) git merges those files line by line as before.
 */
public final class MergeDriverSetup {

	/** The merge driver's name in {@code .gitattributes} and git's configuration. */
	public static final String DRIVER = "baton";

	/** The comment line above Baton's entry in {@code .gitattributes}, so that it can be found and removed. */
	static final String COMMENT = "# Baton merges its records by field and section (remove with 'baton git uninstall')";

	/** Where the driver's command is configured. */
	public enum Scope {
		/** The repository's {@code .git/config}. */
		LOCAL,
		/** The user's {@code ~/.gitconfig}, for every repository. */
		GLOBAL
	}

	/** Thrown when the folder is not inside a git working tree, or a file cannot be written; the message says why. */
	public static final class SetupException extends Exception {

		private static final long serialVersionUID = 1L;

		SetupException(String message) {
			super(message);
		}
	}

	private MergeDriverSetup() {
	}

	/**
	 * Installs the driver for the architecture folder's Markdown files; {@code command} is how git starts Baton (a
	 * shell word, quoted when needed). Returns what was written, a line each; installing twice changes nothing.
	 */
	public static List<String> install(Path folder, Scope scope, String command) throws SetupException {
		List<String> done = new ArrayList<>();
		try (Repository repository = open(folder)) {
			Path top = repository.getWorkTree().toPath().toRealPath();
			Path attributes = top.resolve(".gitattributes");
			String entry = pattern(top, folder.toRealPath()) + " merge=" + DRIVER;
			List<String> lines = read(attributes);
			if (!lines.contains(entry)) {
				lines.add(COMMENT);
				lines.add(entry);
				write(attributes, lines);
				done.add(".gitattributes: " + entry);
			}
			StoredConfig config = config(repository, scope);
			String driver = command + " merge-driver %O %A %B %P";
			if (!driver.equals(config.getString("merge", DRIVER, "driver"))) {
				config.setString("merge", DRIVER, "name", "Baton: architecture records merged by field and section");
				config.setString("merge", DRIVER, "driver", driver);
				config.save();
				done.add(where(scope) + ": merge.baton.driver = " + driver);
			}
		} catch (IOException e) {
			throw new SetupException("cannot write the git settings: " + e.getMessage());
		}
		return done;
	}

	/** Removes what {@link #install} wrote; returns what was removed, a line each. */
	public static List<String> uninstall(Path folder, Scope scope) throws SetupException {
		List<String> done = new ArrayList<>();
		try (Repository repository = open(folder)) {
			Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes");
			List<String> lines = read(attributes);
			List<String> kept = new ArrayList<>();
			for (String line : lines) {
				if (line.equals(COMMENT) || line.strip().endsWith(" merge=" + DRIVER)) {
					done.add(".gitattributes: removed " + line);
				} else {
					kept.add(line);
				}
			}
			if (kept.size() != lines.size()) {
				if (kept.stream().allMatch(String::isBlank)) {
					Files.delete(attributes);
				} else {
					write(attributes, kept);
				}
			}
			StoredConfig config = config(repository, scope);
			if (config.getSubsections("merge").contains(DRIVER)) {
				config.unsetSection("merge", DRIVER);
				config.save();
				done.add(where(scope) + ": removed merge.baton");
			}
		} catch (IOException e) {
			throw new SetupException("cannot write the git settings: " + e.getMessage());
		}
		return done;
	}

	/** The {@code .gitattributes} pattern of the folder's Markdown files, relative to the top of the repository. */
	static String pattern(Path top, Path folder) {
		String relative = top.relativize(folder).toString().replace('\\', '/');
		return relative.isEmpty() ? "*.md" : quoted(relative) + "/**/*.md";
	}

	/** A path with blanks written as gitattributes reads it. */
	private static String quoted(String path) {
		return path.replace(" ", "[[:space:]]");
	}

	private static Repository open(Path folder) throws SetupException, IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
		if (builder.getGitDir() == null) {
			throw new SetupException(folder + " is not inside a git working tree: run 'git init' first, or give "
					+ "the folder of a clone with -C");
		}
		Repository repository = builder.build();
		if (repository.isBare()) {
			repository.close();
			throw new SetupException(folder + " is in a bare repository: run the command in a clone");
		}
		return repository;
	}

	private static StoredConfig config(Repository repository, Scope scope) throws IOException, SetupException {
		if (scope == Scope.LOCAL) {
			return repository.getConfig();
		}
		FileBasedConfig user = SystemReader.getInstance().openUserConfig(null, FS.DETECTED);
		try {
			user.load();
		} catch (ConfigInvalidException e) {
			throw new SetupException(user.getFile() + " is not a valid git configuration (" + e.getMessage()
					+ "): fix it, or install for this repository only (without --global)");
		}
		return user;
	}

	private static String where(Scope scope) {
		return scope == Scope.LOCAL ? "git config (this repository)" : "git config --global";
	}

	private static List<String> read(Path file) throws IOException {
		return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
				: new ArrayList<>();
	}

	private static void write(Path file, List<String> lines) throws IOException {
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}
}
