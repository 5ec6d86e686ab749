package dev.baton.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Processes that run git and Baton as a user would, in a test's own world: git's and Baton's user settings in the
 * test's home, no system configuration, a fixed author, and no repository found above the test's folder (the build
 * itself runs in one).
 */
final class TestGit {

	/** What a process printed (stdout and stderr together) and its exit code. */
	record Ran(int exit, String output) {
	}

	private TestGit() {
	}

	/**
	 * Runs the process with the test's environment, waiting up to the given seconds.
	 *
	 * @param home    the user's home for git and Baton
	 * @param ceiling git looks for no repository above this folder
	 */
	static Ran run(ProcessBuilder builder, Path home, Path ceiling, int seconds)
			throws IOException, InterruptedException {
		builder.redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("HOME", home.toString());
		env.put("BATON_JAVA_OPTS", "-Duser.home=" + home);
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_CEILING_DIRECTORIES", ceiling.toString());
		env.put("GIT_AUTHOR_NAME", "Alice");
		env.put("GIT_AUTHOR_EMAIL", "alice@example.com");
		env.put("GIT_COMMITTER_NAME", "Alice");
		env.put("GIT_COMMITTER_EMAIL", "alice@example.com");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", builder.command()) + " did not finish in " + seconds + " s");
		}
		return new Ran(process.exitValue(), output);
	}
}
