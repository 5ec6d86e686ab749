package dev.baton.ui;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import dev.baton.testing.Examples;

/**
 * What the UI tests share: the example architecture copied into a workspace project, the event loop, finding widgets,
 * and screenshots of the real window.
 */
final class UiFixture {

	private UiFixture() {
	}

	/** Copies examples/larkspur-platform to {@code folder} and makes it the workspace project {@code name}. */
	static IProject larkspurProject(Path folder, String name) throws IOException, CoreException {
		copy(Examples.repository().resolve("examples/larkspur-platform"), folder);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(IPath.fromPath(folder));
		project.create(description, null);
		project.open(null);
		return project;
	}

	static void deleteProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(false, true, null);
		}
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Path copy = to.resolve(from.relativize(file).toString());
				Files.copy(file, copy);
				// a read-only source (the shared corpus) would stay read-only, and Baton does not overwrite those
				copy.toFile().setWritable(true, true);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Runs the event loop until nothing is left to do. */
	static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** Runs the event loop until the condition holds, at most ten seconds. */
	static boolean waitFor(BooleanSupplier condition) {
		return waitFor(condition, Duration.ofSeconds(10));
	}

	/** Runs the event loop until the condition holds, at most {@code limit} (work in jobs takes longer when busy). */
	static boolean waitFor(BooleanSupplier condition, Duration limit) {
		long end = System.currentTimeMillis() + limit.toMillis();
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!Display.getCurrent().readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return condition.getAsBoolean();
	}

	/** Every control under {@code root} of the type that passes the test. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		collect(root, type, test, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, found);
			}
		}
	}

	/** The control bound to the model attribute of that name (fields carry it as data). */
	static <T extends Control> T field(Control root, Class<T> type, String attribute) {
		List<T> found = find(root, type, c -> attribute.equals(c.getData("baton.attribute")) && c.isVisible());
		if (found.isEmpty()) {
			throw new AssertionError("no visible " + type.getSimpleName() + " for '" + attribute + "'");
		}
		return found.get(0);
	}

	/**
	 * Answers the next JFace dialog of the given type that opens (a picker, from within its modal event loop): selects
	 * the entries of its list whose text contains one of {@code picks} and presses OK. The returned list receives each
	 * entry selected, for the test to check.
	 */
	static List<String> answerList(Class<?> dialogType, String... picks) {
		Display display = Display.getCurrent();
		List<String> chosen = new ArrayList<>();
		long end = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && dialogType.isInstance(shell.getData())) {
					List<Table> tables = find(shell, Table.class, t -> true);
					// the dialog's list fills in batches: wait until every pick is there
					if (!tables.isEmpty() && (Arrays.stream(picks).allMatch(pick -> Arrays
							.stream(tables.get(0).getItems()).anyMatch(item -> item.getText().contains(pick)))
							|| System.currentTimeMillis() > end - 5_000 && tables.get(0).getItemCount() > 0)) {
						Table table = tables.get(0);
						List<Integer> indexes = new ArrayList<>();
						for (int i = 0; i < table.getItemCount(); i++) {
							String text = table.getItem(i).getText();
							if (Arrays.stream(picks).anyMatch(text::contains)) {
								indexes.add(i);
								chosen.add(text);
							}
						}
						table.setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
						table.notifyListeners(SWT.Selection, new Event());
						find(shell, Button.class, b -> b.getText().replace("&", "").equals("OK"))
								.get(0).notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return chosen;
	}

	/** What {@link #answer} saw: each dialog's title and message; {@link #stop()} ends the watch. */
	static final class Answers {

		final List<String> asked = new ArrayList<>();
		private boolean stopped;

		void stop() {
			stopped = true;
		}
	}

	/**
	 * Answers the next dialog that opens (from within its modal event loop) by pressing the button whose label (without
	 * its mnemonic) is one of {@code buttons}, and records its title and message. Another dialog is closed (and
	 * recorded), so a test fails instead of hanging.
	 */
	static Answers answer(String... buttons) {
		Display display = Display.getCurrent();
		Answers answers = new Answers();
		long end = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (answers.stopped) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (shell.isDisposed() || !shell.isVisible()
						|| !(shell.getData() instanceof Dialog)) {
					continue;
				}
				List<Button> found = find(shell, Button.class,
						b -> Arrays.asList(buttons).contains(b.getText().replace("&", "")));
				if (!found.isEmpty()) {
					answers.asked.add(shell.getText() + ": " + String.join(" ", find(shell,
							Label.class, l -> !l.getText().isEmpty()).stream()
							.map(Label::getText).toList()));
					answers.stopped = true;
					found.get(0).notifyListeners(SWT.Selection, new Event());
					return;
				}
				// not the dialog expected: closed at once, with who opened it, so the test says why it fails
				answers.asked.add("unexpected: " + shell.getText() + " opened by " + Arrays.stream(
						new Throwable().getStackTrace()).map(StackTraceElement::toString)
						.filter(f -> f.startsWith("org.eclipse.ui") || f.startsWith("dev.baton")).limit(30).toList());
				answers.stopped = true;
				shell.close();
				return;
			}
			if (System.currentTimeMillis() < end + 1_000) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return answers;
	}

	/**
	 * Saves a PNG of the shell as it is on the X display to target/screenshots/{@code name}.png and returns it; fails
	 * when the picture is one flat colour (nothing was drawn).
	 */
	static Path screenshot(Shell shell, String name) throws IOException {
		drain();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < data.height && colours.size() < 3; y += 7) {
			for (int x = 0; x < data.width && colours.size() < 3; x += 7) {
				colours.add(data.getPixel(x, y));
			}
		}
		if (colours.size() < 3) {
			throw new AssertionError("screenshot " + name + " is blank: nothing was drawn");
		}
		Path folder = Path.of(System.getProperty("baton.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
