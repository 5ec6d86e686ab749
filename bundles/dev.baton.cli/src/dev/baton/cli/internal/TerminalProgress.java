package dev.baton.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * Progress of long work on one line of a terminal ({@code Loading 1200/24009 records}), rewritten in place and cleared
 * at the end; nothing at all when the output is a pipe or a file, so scripts and CI logs stay clean.
 */
final class TerminalProgress extends BasicMonitor {

	private static final long EVERY_MS = 100;

	private final PrintStream out;
	private String task = "";
	private int total;
	private int done;
	private long shown;
	private int width;

	private TerminalProgress(PrintStream out) {
		this.out = out;
	}

	/** A progress line on the terminal, or a silent monitor when there is no terminal. */
	static Monitor forTerminal(PrintStream err) {
		return isTerminal() ? new TerminalProgress(err) : new BasicMonitor();
	}

	private static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+ returns a console for pipes too and says which it is
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
		done = 0;
		show(true);
	}

	@Override
	public void worked(int work) {
		done += work;
		show(false);
	}

	@Override
	public void done() {
		out.print("\r" + " ".repeat(width) + "\r");
		out.flush();
	}

	private void show(boolean always) {
		long now = System.currentTimeMillis();
		if (always || now - shown >= EVERY_MS) {
			String line = task + ": " + done + "/" + total + " files";
			width = Math.max(width, line.length());
			out.print("\r" + line);
			out.flush();
			shown = now;
		}
	}
}
