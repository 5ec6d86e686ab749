package dev.baton.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded mutations of a file's bytes, the kinds of damage real folders see and hostile ones are made of: flipped bytes,
 * truncation, deep nesting, long lines, odd line endings, stray {@code ---} lines, aliases, control characters and
 * bytes that are not UTF-8.
 */
public final class Mutations {

	private static final String[] SNIPPETS = { "---\n", "...\n", "\r", "\r\n", "\n---\n---\n", "&a ", "*a", "[", "]",
			"{", "}", ": ", "- ", "tags: &a [x, *a]\n", "\t", "\u0000", "\u001b[2K", "\uFEFF", "# ", "status: ",
			"supersedes: [", "owner: ", "date: 2026-13-45\n", "99999999999", "\u202E", "'", "\"", "|\n  ", ">-\n  ",
			"!!binary ", "!<tag:x> ", "<<: *a\n", "? ", "%YAML 1.1\n", "@", "`", "\\", "\u00e9", "\ud83d\ude00" };

	private Mutations() {
	}

	/** One to three mutations of {@code input}, chosen by {@code random}. */
	public static byte[] mutate(byte[] input, Random random) {
		byte[] bytes = input;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			bytes = once(bytes, random);
		}
		return bytes;
	}

	private static byte[] once(byte[] bytes, Random random) {
		int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
		return switch (random.nextInt(10)) {
		case 0 -> flip(bytes, random);
		case 1 -> Arrays.copyOf(bytes, at);
		case 2 -> insert(bytes, at, nesting(random));
		case 3 -> insert(bytes, at, ("x".repeat(1 + random.nextInt(200_000))).getBytes(StandardCharsets.UTF_8));
		case 4 -> lineEndings(bytes, random);
		case 5 -> insert(bytes, at, new byte[] { (byte) (0x80 + random.nextInt(0x80)) });
		case 6 -> remove(bytes, at, random.nextInt(64));
		case 7 -> duplicate(bytes, at, random);
		default -> insert(bytes, at, SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
		};
	}

	private static byte[] flip(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		for (int i = 0; i < 1 + random.nextInt(8) && copy.length > 0; i++) {
			int at = random.nextInt(copy.length);
			copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
		}
		return copy;
	}

	/** Brackets, braces or indented keys nested from 10 to 5,000 deep. */
	private static byte[] nesting(Random random) {
		int depth = 10 + random.nextInt(5000);
		String text = switch (random.nextInt(3)) {
		case 0 -> "[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : depth / 2);
		case 1 -> "{a: ".repeat(depth) + "}".repeat(depth);
		default -> {
			StringBuilder block = new StringBuilder("\n");
			for (int i = 0; i < Math.min(depth, 400); i++) {
				block.append(" ".repeat(i)).append("k").append(i).append(":\n");
			}
			yield block.toString();
		}
		};
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] lineEndings(byte[] bytes, Random random) {
		String replacement = switch (random.nextInt(3)) {
		case 0 -> "\r";
		case 1 -> "\r\n";
		default -> "\n\r";
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
		boolean all = random.nextBoolean();
		for (byte b : bytes) {
			if (b == '\n' && (all || random.nextInt(4) == 0)) {
				out.writeBytes(replacement.getBytes(StandardCharsets.US_ASCII));
			} else {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

	private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
		byte[] result = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
		return result;
	}

	private static byte[] remove(byte[] bytes, int at, int length) {
		int end = Math.min(bytes.length, at + length);
		byte[] result = new byte[bytes.length - (end - at)];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(bytes, end, result, at, bytes.length - end);
		return result;
	}

	/** A slice of the file inserted again elsewhere (a second front matter, a repeated key). */
	private static byte[] duplicate(byte[] bytes, int at, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		int from = random.nextInt(bytes.length);
		int to = Math.min(bytes.length, from + 1 + random.nextInt(400));
		return insert(bytes, at, Arrays.copyOfRange(bytes, from, to));
	}
}
