package dev.baton.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports the package-qualified type names of every hand-written Java file and splits its string literals that run past
 * column 120, then prints what is left. The system property {@code baton.restyle} chooses the step: {@code imports},
 * {@code strings} or {@code all} (the default). {@code restyle.sh} runs the imports, the formatter, the strings (on
 * formatted lines, so that a piece fits where the formatter put it) and the formatter again.
 */
public final class Restyle {

	private Restyle() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		String step = System.getProperty("baton.restyle", "all");
		StyleCheck check = new StyleCheck(root);
		int longBefore = check.longLines().size();
		int namesBefore = check.qualifiedNames(true).size();
		int importableBefore = check.qualifiedNames(false).size();
		int changed = 0;
		for (Path file : check.files()) {
			String source = StyleCheck.read(file);
			String restyled = source;
			if (!step.equals("strings")) {
				restyled = check.names().shorten(restyled);
			}
			if (!step.equals("imports")) {
				restyled = LongStrings.split(restyled);
			}
			if (!restyled.equals(source)) {
				Files.writeString(file, restyled);
				changed++;
			}
		}
		StyleCheck after = new StyleCheck(root);
		System.out.printf("%d files, %d changed%n", check.files().size(), changed);
		System.out.printf("lines over %d columns: %d before, %d after%n", Columns.LIMIT, longBefore,
				after.longLines().size());
		System.out.printf("qualified type names: %d before (%d importable), %d after (%d importable)%n", namesBefore,
				importableBefore, after.qualifiedNames(true).size(), after.qualifiedNames(false).size());
		after.qualifiedNames(true).forEach(line -> System.out.println("  " + line));
		after.longLines().forEach(line -> System.out.println("  " + line));
	}
}
